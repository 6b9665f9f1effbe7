public enum ProducerTarget: Sendable, Equatable {
    case queue(Int)
    case exchange(Int, routingKey: String)
    case topic(Int)
    /// Synchronous: the caller waits for the answer.
    case service(Int)
}

public enum ArrivalProcess: String, Sendable, Equatable { case poisson, uniform }

/// How stream keys are drawn (docs/scenarios.md `key:`).
public enum KeySpace: Sendable, Equatable {
    case none
    case users(Int64)
    /// `hot(N, keyShare, trafficShare)`: keyShare of the N keys get trafficShare of the traffic.
    case hot(Int64, keyShare: Double, trafficShare: Double)
}

/// Messages that fail every time they are processed.
public enum PoisonSpec: Sendable, Equatable {
    case none
    /// The first N messages.
    case count(Int64)
    case share(Double)
}

public struct ProducerConfig: Sendable, Equatable {
    public var name: String
    public var target: ProducerTarget
    public var backlog: Int64 = 0
    /// Messages per second.
    public var rate: Double = 0
    public var arrivals: ArrivalProcess = .poisson
    /// Bytes.
    public var size: Distribution = .constant(1024)
    public var key: KeySpace = .none
    public var poison: PoisonSpec = .none
    public var confirm = false
    public var persistent = false
    /// Topic producers: what a record waits for (Kafka 3.x defaults to all).
    public var acks: Acks = .all
    /// Share of a topic producer's records that are tombstones (a key with no value: a delete).
    public var tombstones: Double = 0
    /// Synchronous callers only.
    public var timeout: SimDuration = .secs(30)
    /// What each arrival is to a customer waiting on it (`orders`): the console draws this
    /// producer as what its customers saw. Presentation only; nothing simulated reads it.
    public var customers: String?
    public init(name: String, target: ProducerTarget) { self.name = name; self.target = target }
}
