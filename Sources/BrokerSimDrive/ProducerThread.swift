import BrokerSimCore
import Foundation

/// One producer on its own thread and connection, in publisher-confirm mode: a message counts
/// as published when the broker acks it, as refused when it nacks it (a full queue with
/// `reject-publish`). The backlog goes first, then arrivals at the rate (Poisson or evenly
/// spaced), bursts when the timeline asks.
struct ProducerThread: Sendable {
    var index: Int
    var plan: DrivePlan
    var login: AMQPLogin
    var board: DriveBoard
    var clock: DriveClock
    /// The queues a message of this producer lands in (one for a queue, the bound ones for an exchange).
    var targets: [Int]

    static func start(_ p: ProducerThread) {
        let t = Thread { p.run() }
        t.name = p.plan.config.producers[p.index].name
        t.start()
    }

    func run() {
        let cfg = plan.config.producers[index]
        let (exchange, key) = plan.route(index)
        var rng = SplitMix64(seed: plan.seed, stream: "producer:" + cfg.name)
        // Its own stream, so that a poison share leaves the sizes and arrival gaps unchanged.
        var poisonRNG = SplitMix64(seed: plan.seed, stream: "drive-poison:" + cfg.name)
        let conn: AMQPConnection
        do {
            conn = try AMQPConnection(login)
            try conn.confirmSelect()
        } catch {
            board.fail("\(cfg.name): \(error.message)")
            board.state.withLock { $0.producers[index].finished = true }
            return
        }
        var sent: UInt64 = 0, settled: UInt64 = 0
        func publishOne() throws(AMQPError) {
            sent += 1
            let size = Int(min(cfg.size.sample(&rng), 1_048_576.0))
            let poison: Bool
            switch cfg.poison {
            case .none: poison = false
            case .count(let n): poison = sent <= UInt64(max(0, n))
            case .share(let share): poison = poisonRNG.unit() < share
            }
            let header = DriveMessageHeader(producer: UInt8(truncatingIfNeeded: index), sequence: sent,
                                            publishedNanos: clock.nanos(), poison: poison)
            try conn.publish(exchange: exchange, key: key, body: header.body(size: size), persistent: cfg.persistent)
            board.state.withLock { $0.producers[index].sent += 1 }
        }
        /// Confirms carry a delivery tag (1, 2, … on this channel) and may cover every earlier one.
        func settle(waitMillis: Int32) throws(AMQPError) {
            var wait = waitMillis
            while let c = try conn.pollConfirm(timeoutMillis: wait) {
                wait = 0
                let (tag, multiple, ok): (UInt64, Bool, Bool)
                switch c {
                case .ack(let t, let m): (tag, multiple, ok) = (t, m, true)
                case .nack(let t, let m): (tag, multiple, ok) = (t, m, false)
                }
                let n = Int64(multiple ? tag - settled : 1)
                settled = max(settled, tag)
                board.state.withLock { b in
                    if ok { b.producers[index].published += n } else { b.producers[index].refused += n }
                    for q in targets { if ok { b.queues[q].published += n } else { b.queues[q].refused += n } }
                }
            }
        }
        do {
            for k in 0..<cfg.backlog {
                try publishOne()
                if k % 64 == 63 { try settle(waitMillis: 0) }
            }
            // As in the simulation, the first arrival at a rate comes one gap after the rate starts.
            var next: Double?
            while true {
                let (stop, rate, bursts) = board.state.withLock { b -> (Bool, Double, Int64) in
                    let p = b.producers[index]
                    b.producers[index].bursts = 0
                    return (p.stop, Self.rate(p.ramp, at: clock.nanos()), p.bursts)
                }
                for _ in 0..<bursts { try publishOne() }
                if stop { break }
                let wallRate = rate * plan.speed
                let now = Double(clock.nanos())
                if wallRate <= 0 {
                    next = nil
                    if sent == settled { board.state.withLock { $0.producers[index].finished = true } }
                    try settle(waitMillis: 10)
                    continue
                }
                board.state.withLock { $0.producers[index].finished = false }
                func gap() -> Double { (cfg.arrivals == .poisson ? rng.standardExponential() / wallRate : 1 / wallRate) * 1e9 }
                guard let due = next else {
                    next = now + gap()
                    continue
                }
                if now >= due {
                    try publishOne()
                    next = max(due + gap(), now - 1e9)
                    try settle(waitMillis: 0)
                } else {
                    try settle(waitMillis: Int32(min(5, max(0, (due - now) / 1e6))))
                }
            }
            // Stopping: every outstanding confirm, for at most 10 s.
            let deadline = clock.nanos() + 10_000_000_000
            while settled < sent && clock.nanos() < deadline { try settle(waitMillis: 50) }
            conn.close()
            board.state.withLock { $0.producers[index].finished = true }
        } catch {
            board.fail("\(cfg.name): \(error.message)")
            conn.close(polite: false)
            board.state.withLock { $0.producers[index].finished = true }
        }
    }

    /// The rate of a linear ramp at an instant.
    static func rate(_ r: (from: Double, to: Double, startNanos: UInt64, overNanos: UInt64), at now: UInt64) -> Double {
        if now < r.startNanos { return r.from }
        guard r.overNanos > 0, now < r.startNanos + r.overNanos else { return r.to }
        let f = Double(now - r.startNanos) / Double(r.overNanos)
        return r.from + (r.to - r.from) * f
    }
}
