import BrokerSimCore
import BrokerSimRunner

/// A measured run, reported under the names of a simulated report (docs/report.md), so the
/// scenario's expectations read it as they read a simulation.
public struct DriveResult: Sendable {
    public var plan: DrivePlan
    public var login: AMQPLogin
    public var end: Driver.End
    var state: DriveBoard.State
    /// Scenario seconds: when the run drained (its last ack), or when it stopped.
    public var seconds: Double
    public var wallSeconds: Double
    /// The management API read during the run: where, how many queue reads answered, and why
    /// the latest one that failed did; nil when none was given.
    public var management: (url: String, reads: Int, error: String?)?

    /// `simulated_seconds`, `queues`, `workers` and `producers` of a report, measured.
    public var sections: JSONValue {
        .object([
            ("simulated_seconds", .seconds(seconds)),
            ("queues", queues),
            ("workers", workers),
            ("producers", producers),
        ])
    }

    /// What each queue handed on to the others as dead letters, and what it removed itself.
    struct Outcome {
        var arrivals: Int64 = 0
        var deadLettered: Int64 = 0
        var discarded: Int64 = 0
        var lost: Int64 = 0
        /// What the broker removed itself (the remainder on a queue that may discard).
        var removed: Int64 = 0
    }

    /// docs/drive.md, "The report": on a queue with a dead-letter target everything it removed went
    /// there (the broker dead-letters what it drops, expires or gives up on), and a target counts
    /// as published what its sources sent it, since neither AMQP nor the management API count
    /// dead-letter arrivals. Sources before targets: a chain of n queues settles in n passes.
    var outcomes: [Outcome] { Self.outcomes(plan, state) }

    static func outcomes(_ plan: DrivePlan, _ state: DriveBoard.State) -> [Outcome] {
        let c = plan.config
        var out = Array(repeating: Outcome(), count: c.queues.count)
        for _ in 0...c.queues.count {
            var arrivals = Array(repeating: Int64(0), count: c.queues.count)
            for q in c.queues.indices {
                let t = state.queues[q], declared = plan.queues[q]
                let hasTarget = declared.deadLetterExchange != nil
                let unacked = heldBy(plan, state, queue: q)
                var remainder = t.published + out[q].arrivals - t.acked - t.rejectedOut - t.failedAuto - max(0, t.ready) - unacked
                var o = Outcome(arrivals: out[q].arrivals, deadLettered: 0, discarded: t.failedAuto, lost: 0)
                if declared.discardsNothing { o.lost = remainder; remainder = 0 } else { remainder = max(0, remainder) }
                o.removed = remainder
                if hasTarget { o.deadLettered = t.rejectedOut + remainder } else { o.discarded += t.rejectedOut + remainder }
                out[q] = o
                // A classic queue's reject-publish-dlx dead-letters what it refuses.
                let refusedToTarget = declared.overflow == "reject-publish-dlx" && declared.type == nil ? t.refused : 0
                for target in DriveRoutes.deadLetterQueues(of: q, c) { arrivals[target] += o.deadLettered + refusedToTarget }
            }
            for q in c.queues.indices { out[q].arrivals = arrivals[q] }
        }
        return out
    }

    func heldBy(queue q: Int) -> Int64 { Self.heldBy(plan, state, queue: q) }

    static func heldBy(_ plan: DrivePlan, _ state: DriveBoard.State, queue q: Int) -> Int64 {
        plan.slots.indices.filter { plan.queueIndex(ofPool: plan.slots[$0].pool) == q }.reduce(Int64(0)) { $0 + state.workers[$1].held }
    }

    /// The reasons of a simulated report, where the measured run can tell them: what the broker
    /// removed is put down to the one setting that can remove it (a TTL, drop-head at
    /// max-length, a delivery limit), and is null when the queue has several of them.
    func reasons(_ q: Int, _ o: Outcome) -> [(String, JSONValue)] {
        let d = plan.queues[q]
        let hasTarget = d.deadLetterExchange != nil
        // A quorum queue takes reject-publish-dlx as drop-head.
        let dropHead = d.maxLength != nil && (d.overflow == "drop-head" || (d.type == "quorum" && d.overflow == "reject-publish-dlx"))
        let ways = [d.ttlMillis != nil, dropHead, d.deliveryLimit != nil]
        func by(_ k: Int) -> JSONValue {
            if !ways[k] { return .int(0) }
            return ways.filter { $0 }.count == 1 ? .int(o.removed) : .null
        }
        func toTarget(_ v: JSONValue) -> JSONValue { hasTarget ? v : .int(0) }
        return [
            ("expired", by(0)), ("dropped", by(1)),
            ("dead_lettered_rejected", .int(hasTarget ? state.queues[q].rejectedOut : 0)),
            ("dead_lettered_expired", toTarget(by(0))), ("dead_lettered_maxlen", toTarget(by(1))),
            ("dead_lettered_delivery_limit", toTarget(by(2))),
        ]
    }

    var queues: JSONValue {
        let outcomes = self.outcomes
        return .object(plan.config.queues.indices.map { q in
            let t = state.queues[q], o = outcomes[q]
            let reasons = self.reasons(q, o)
            let slots = plan.slots.indices.filter { plan.queueIndex(ofPool: plan.slots[$0].pool) == q }
            let delivered = slots.reduce(Int64(0)) { $0 + state.workers[$1].delivered }
            let redelivered = slots.reduce(Int64(0)) { $0 + state.workers[$1].redelivered }
            return (plan.config.queues[q].name, JSONValue.object([
                ("published", .int(t.published + o.arrivals)), ("refused", .int(t.refused)),
                ("delivered", .int(delivered)), ("redelivered", .int(redelivered)),
                ("acked", .int(t.acked)), ("rejected", .int(t.rejected)),
                ("dead_lettered", .int(o.deadLettered)), ("discarded", .int(o.discarded)),
                reasons[0], reasons[1],
                ("lost", .int(o.lost)), ("duplicates", .int(t.duplicates)),
                ("ready", .int(max(0, t.ready))), ("unacked", .int(heldBy(queue: q))),
                ("peak_ready", .int(t.peakReady)), ("peak_depth", .int(t.peakDepth)),
                ("latency_mean", .seconds(t.latency.meanSeconds)),
                ("latency_p50", .seconds(t.latency.percentileSeconds(50))),
                ("latency_p99", .seconds(t.latency.percentileSeconds(99))),
            ] + reasons.dropFirst(2)))
        })
    }

    var workers: JSONValue {
        .object(plan.slots.indices.compactMap { s in
            let w = state.workers[s]
            guard plan.slots[s].startsLive || w.delivered > 0 else { return nil }
            let busy = wallSeconds > 0 ? Double(w.busyNanos) / 1e9 / wallSeconds : 0
            return (plan.slots[s].name, JSONValue.object([
                ("processed", .int(w.processed)), ("crashes", .int(w.crashes)),
                ("busy_share", .rounded(min(1, busy), 4)),
            ]))
        })
    }

    var producers: JSONValue {
        .object(plan.config.producers.indices.map { p in
            let t = state.producers[p]
            // The driver always publishes with confirms, but a scenario producer without `confirm:`
            // cannot tell a refusal: as in a simulated report, it counts it as published (the
            // queue's `refused` still shows it).
            let confirms = plan.config.producers[p].confirm
            return (plan.config.producers[p].name, JSONValue.object([
                ("sent", .int(t.sent)), ("published", .int(confirms ? t.published : t.published + t.refused)),
                ("refused", .int(confirms ? t.refused : 0)),
            ]))
        })
    }
}
