import BrokerSimCore

/// A queue as the driver declares it: the scenario's settings as RabbitMQ arguments.
struct DeclaredQueue: Sendable, Equatable {
    var name: String
    var durable: Bool
    /// `x-queue-type`, nil for a classic queue.
    var type: String?
    var maxLength: Int64?
    var overflow: String?
    var ttlMillis: Int64?
    var deadLetterExchange: String?
    var deadLetterKey: String?
    var deliveryLimit: Int64?
    var singleActive = false

    /// No max-length, TTL or delivery limit: the broker removes a message only when it is acked
    /// or rejected, so anything unaccounted for at the end is lost.
    var discardsNothing: Bool { maxLength == nil && ttlMillis == nil && deliveryLimit == nil }
}

/// The task-queue part of a scenario, in the broker's names (every one with the run's prefix)
/// and in scenario time: the driver divides times by `speed` and multiplies rates by it.
public struct DrivePlan: Sendable {
    public var scenario: String
    public var variant: String?
    public var seed: UInt64
    public var speed: Double
    public var prefix: String
    var config: WorldConfig
    var queues: [DeclaredQueue] = []
    var exchanges: [(name: String, type: String, durable: Bool, bindings: [(queue: String, key: String)])] = []
    /// Every worker instance the run may need (scale-ups included), pool by pool.
    var slots: [WorkerSlot] = []

    struct WorkerSlot: Sendable {
        var pool: Int
        /// 1-based, as in `mailer-3`.
        var number: Int
        var name: String
        var startsLive: Bool
    }

    /// The broker's name for a scenario queue or exchange.
    func queueName(_ q: Int) -> String { prefix + config.queues[q].name }
    func exchangeName(_ e: Int) -> String { prefix + config.exchanges[e].name }
    func queueIndex(ofPool p: Int) -> Int { config.workers[p].queue }

    /// Where a producer publishes: (exchange, routing key).
    func route(_ p: Int) -> (exchange: String, key: String) {
        switch config.producers[p].target {
        case .queue(let q): return ("", queueName(q))
        case .exchange(let e, let key): return (exchangeName(e), key)
        default: return ("", "")
        }
    }

    /// Scenario time to wall seconds of this run.
    func wall(_ d: SimDuration) -> Double { Double(d.micros) / 1e6 / speed }

    /// Checks that the scenario is one the driver can carry out; the error lists what is not.
    public static func build(scenario: String, variant: String?, config: WorldConfig, speed: Double,
                             prefix: String) -> Result<DrivePlan, AMQPError> {
        var plan = DrivePlan(scenario: scenario, variant: variant, seed: config.seed, speed: speed, prefix: prefix,
                             config: config)
        var problems: [String] = []
        guard config.usesTaskQueue, !config.workers.isEmpty || !config.producers.isEmpty else {
            return .failure(AMQPError("\(scenario) has no task-queue part (queues, workers, producers) to drive"))
        }
        if config.broker.nodes > 1 { problems.append("a cluster of \(config.broker.nodes) nodes (drive uses the one broker it is given)") }
        for q in config.queues {
            if q.kind == .stream { problems.append("queue \(q.name) is a stream") }
            var d = DeclaredQueue(name: prefix + q.name, durable: q.durable || q.kind == .quorum)
            d.type = q.kind == .quorum ? "quorum" : nil
            d.maxLength = q.maxLength
            if q.maxLength != nil { d.overflow = q.overflow.rawValue }
            // TTL is compressed with everything else, and never below the broker's 1 ms grain.
            d.ttlMillis = q.messageTTL.map { max(1, Int64((Double($0.micros) / 1000 / speed).rounded())) }
            switch q.deadLetter {
            case .queue(let t): d.deadLetterExchange = ""; d.deadLetterKey = prefix + config.queues[t].name
            // The simulation routes a dead letter with the scenario's key, empty included; without the
            // argument the broker would use each message's own routing key instead.
            case .exchange(let e, let key): d.deadLetterExchange = prefix + config.exchanges[e].name; d.deadLetterKey = key
            case nil: break
            }
            d.deliveryLimit = q.deliveryLimit.map(Int64.init)
            d.singleActive = q.singleActiveConsumer
            plan.queues.append(d)
        }
        for x in config.exchanges {
            plan.exchanges.append((prefix + x.name, x.kind.rawValue, false,
                                   x.bindings.map { (prefix + config.queues[$0.queue].name, $0.key) }))
        }
        for (i, p) in config.producers.enumerated() {
            switch p.target {
            case .queue, .exchange: break
            default: problems.append("producer \(p.name) does not publish to a queue or an exchange"); continue
            }
            if p.key != .none { problems.append("producer \(p.name) draws keys") }
            _ = i
        }
        for w in config.workers where w.offset != .next || w.track != nil {
            problems.append("workers \(w.name) read a stream")
        }
        var peak = config.workers.map(\.count)
        for e in config.timeline {
            switch e.action {
            case .scale(.workerPool(let p), let n): peak[p] = max(peak[p], n)
            case .brokerRestart: problems.append("the timeline restarts the broker (drive never stops a real broker)")
            case .crash(let ref, _), .restart(let ref), .slow(let ref, _), .scale(let ref, _):
                switch ref {
                case .workerPool, .worker, .producer: break
                default: problems.append("the timeline acts on something other than workers (\(e.at.seconds) s)")
                }
            default: break
            }
        }
        for (p, pool) in config.workers.enumerated() {
            for k in 0..<peak[p] {
                plan.slots.append(WorkerSlot(pool: p, number: k + 1, name: "\(pool.name)-\(k + 1)", startsLive: k < pool.count))
            }
        }
        if !problems.isEmpty {
            return .failure(AMQPError("drive cannot carry out \(scenario): " + problems.joined(separator: "; ")))
        }
        return .success(plan)
    }
}
