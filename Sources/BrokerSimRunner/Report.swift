import BrokerSimCore

/// The report of docs/report.md, built from a world at one instant, in the field order of docs/report.md.
public enum Report {
    public struct Header: Sendable {
        public var scenario: String
        public var seed: UInt64
        public var variant: String?
        public var wallSeconds: Double
        public init(scenario: String, seed: UInt64, variant: String?, wallSeconds: Double) {
            self.scenario = scenario; self.seed = seed; self.variant = variant; self.wallSeconds = wallSeconds
        }
    }

    public static func build(_ world: World, header: Header, expectations: [ExpectationResult]) -> JSONValue {
        .object([
            ("scenario", .string(header.scenario)),
            ("seed", .int(Int64(bitPattern: header.seed))),
            ("variant", header.variant.map { .string($0) } ?? .null),
            ("simulated_seconds", .seconds(world.now.seconds)),
            ("wall_seconds", .rounded(header.wallSeconds, 3)),
            ("events", .int(world.eventCount)),
            ("queues", queues(world)),
            ("workers", workers(world)),
            ("broker", broker(world)),
            ("topics", topics(world)),
            ("groups", groups(world)),
            ("services", services(world)),
            ("producers", producers(world)),
            ("expectations", .array(expectations.map(\.json))),
            ("transcript", .array(world.transcript.map(transcriptEntry))),
        ])
    }

    /// The sections an expectation may read, without the run header.
    public static func sections(_ world: World) -> JSONValue {
        .object([
            ("simulated_seconds", .seconds(world.now.seconds)),
            ("queues", queues(world)), ("workers", workers(world)), ("broker", broker(world)),
            ("topics", topics(world)), ("groups", groups(world)), ("services", services(world)),
            ("producers", producers(world)),
        ])
    }

    static func queues(_ w: World) -> JSONValue {
        .object(w.config.queues.indices.map { q in
            let s = w.queues[q], c = s.counters
            return (w.config.queues[q].name, .object([
                ("published", .int(c.published)), ("refused", .int(c.refused)),
                ("delivered", .int(c.delivered)), ("redelivered", .int(c.redelivered)),
                ("acked", .int(c.acked)), ("rejected", .int(c.rejected)),
                ("dead_lettered", .int(c.deadLettered)), ("discarded", .int(c.discarded)),
                ("expired", .int(c.expired)), ("dropped", .int(c.dropped)),
                ("lost", .int(c.lost)), ("duplicates", .int(c.duplicates)),
                ("ready", .int(s.readyCount)), ("unacked", .int(s.unacked)),
                ("peak_ready", .int(c.peakReady)),
                ("latency_mean", .seconds(s.latency.meanSeconds)),
                ("latency_p50", .seconds(s.latency.percentileSeconds(50))),
                ("latency_p99", .seconds(s.latency.percentileSeconds(99))),
                // Added fields: dead-lettered messages by reason (RabbitMQ's x-death reason).
                ("dead_lettered_rejected", .int(c.deadLetteredRejected)),
                ("dead_lettered_expired", .int(c.deadLetteredExpired)),
                ("dead_lettered_maxlen", .int(c.deadLetteredMaxlen)),
                ("dead_lettered_delivery_limit", .int(c.deadLetteredDeliveryLimit)),
                // Sent to auto-ack workers, not yet processed: out of the broker, in the workers' memory.
                ("auto_ack_held", .int(s.autoHeld)),
                // Messages whose first processing came after a newer one of their key; null unkeyed.
                ("out_of_order", w.keyOrders[q].map { .int($0.outOfOrder) } ?? .null),
            ] + clusterFields(w, q) + streamQueueFields(w, q)))
        })
    }

    static func workers(_ w: World) -> JSONValue {
        .object(w.pools.flatMap { ids in ids.map { id -> (String, JSONValue) in
            let s = w.workers[Int(id)]
            return (w.workerName(Int(id)), .object([
                ("processed", .int(s.processed)),
                ("crashes", .int(s.crashes)),
                ("busy_share", .rounded(w.busyShare(Int(id)), 4)),
            ] + streamWorkerFields(w, Int(id))))
        } })
    }

    static func broker(_ w: World) -> JSONValue {
        guard w.config.usesTaskQueue else { return .object([]) }
        return .object([
            ("memory_peak", .int(max(w.broker.memoryPeak, w.brokerMemory))),
            ("memory_alarm_seconds", .seconds(w.alarmSeconds)),
            ("oom_kills", .int(w.broker.oomKills)),
        ])
    }

    static func producers(_ w: World) -> JSONValue {
        .object(w.config.producers.indices.map { p in
            let s = w.producers[p]
            var fields: [(String, JSONValue)] = [
                ("sent", .int(s.sent)), ("published", .int(s.published)), ("refused", .int(s.refused)),
                ("unroutable", .int(s.unroutable)), ("held", .int(s.heldCount)),
                ("blocked_seconds", .seconds(w.blockedSeconds(p))),
            ]
            if w.isCaller(p) { fields = callerPublishFields(fields) }
            fields.append(contentsOf: producerLostField(w, p))
            fields.append(contentsOf: callerFields(w, p))
            return (w.config.producers[p].name, .object(fields))
        })
    }

    static func transcriptEntry(_ e: TranscriptEntry) -> JSONValue {
        var f: [(String, JSONValue)] = [("at", .seconds(e.at.seconds)), ("kind", .string(e.kind.rawValue)), ("text", .string(e.text))]
        if e.kind == .ask {
            f.append(("choices", .array(e.choices.map { .string($0) })))
            f.append(("answer", e.answer.map { .int(Int64($0 + 1)) } ?? .null))
            f.append(("why", e.why.map { .string($0) } ?? .null))
            f.append(("review", e.review.map { .int(Int64($0)) } ?? .null))
        }
        return .object(f)
    }
}
