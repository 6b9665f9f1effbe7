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

    /// `simulated_seconds`, `queues`, `workers` and `producers` of a report, measured.
    public var sections: JSONValue {
        .object([
            ("simulated_seconds", .seconds(seconds)),
            ("queues", queues),
            ("workers", workers),
            ("producers", producers),
        ])
    }

    var queues: JSONValue {
        .object(plan.config.queues.indices.map { q in
            let t = state.queues[q], declared = plan.queues[q]
            let slots = plan.slots.indices.filter { plan.queueIndex(ofPool: plan.slots[$0].pool) == q }
            let unacked = slots.reduce(Int64(0)) { $0 + state.workers[$1].held }
            let delivered = slots.reduce(Int64(0)) { $0 + state.workers[$1].delivered }
            let redelivered = slots.reduce(Int64(0)) { $0 + state.workers[$1].redelivered }
            let ready = max(0, t.ready)
            let hasTarget = declared.deadLetterExchange != nil
            let deadLettered = hasTarget ? t.rejected : 0
            var discarded = hasTarget ? 0 : t.rejected
            // What the broker holds no more and no worker settled: lost on a queue that discards
            // nothing; otherwise removed by the broker (dropped, expired or dead-lettered: AMQP
            // does not say which), counted as discarded.
            var lost = t.published - t.acked - t.rejected - ready - unacked
            if !declared.discardsNothing { discarded += max(0, lost); lost = 0 }
            return (plan.config.queues[q].name, JSONValue.object([
                ("published", .int(t.published)), ("refused", .int(t.refused)),
                ("delivered", .int(delivered)), ("redelivered", .int(redelivered)),
                ("acked", .int(t.acked)), ("rejected", .int(t.rejected)),
                ("dead_lettered", .int(deadLettered)), ("discarded", .int(discarded)),
                ("lost", .int(lost)), ("duplicates", .int(t.duplicates)),
                ("ready", .int(ready)), ("unacked", .int(unacked)),
                ("peak_ready", .int(t.peakReady)),
                ("latency_mean", .seconds(t.latency.meanSeconds)),
                ("latency_p50", .seconds(t.latency.percentileSeconds(50))),
                ("latency_p99", .seconds(t.latency.percentileSeconds(99))),
            ]))
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
            return (plan.config.producers[p].name, JSONValue.object([
                ("sent", .int(t.sent)), ("published", .int(t.published)), ("refused", .int(t.refused)),
            ]))
        })
    }
}
