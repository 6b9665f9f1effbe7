/// What a timeline action names: a whole pool, group or service, or one instance of it.
public enum EntityRef: Sendable, Equatable {
    case workerPool(Int)
    /// `index` is 0-based: `mailer-3` is index 2.
    case worker(pool: Int, index: Int)
    case group(Int)
    case member(group: Int, index: Int)
    case service(Int)
    case serviceInstance(service: Int, index: Int)
    case producer(Int)
    /// A Kafka broker of a replicated topic: `kafka-2` is index 1.
    case kafkaBroker(Int)
    /// A RabbitMQ cluster node: `rabbit-2` is index 1.
    case rabbitNode(Int)
}

public enum TimelineAction: Sendable, Equatable {
    case crash(EntityRef, downFor: SimDuration?)
    case restart(EntityRef)
    case slow(EntityRef, factor: Double)
    case scale(EntityRef, count: Int)
    /// Change a producer's rate (per second), ramped linearly over `over`.
    case rate(producer: Int, to: Double, over: SimDuration)
    case burst(producer: Int, count: Int64)
    case brokerRestart(downtime: SimDuration)
    case say(String, wait: Bool)
    /// `answer` is 0-based; `review` is the course chapter to go back to after a wrong answer.
    case ask(question: String, choices: [String], answer: Int, why: String, review: Int? = nil)
}

public struct TimelineEntry: Sendable, Equatable {
    public var at: SimTime
    public var action: TimelineAction
    public var note: String?
    public init(at: SimTime, action: TimelineAction, note: String? = nil) {
        self.at = at; self.action = action; self.note = note
    }
}

public enum StopCondition: Sendable, Equatable {
    case after(SimDuration)
    case drained
}
