import BrokerSimSnapshot

extension WatchReport {
    /// The report as JSON, in the field order of docs/live.md; lists by name.
    public var json: JSONValue {
        guard let last = history.latest else {
            return .object([("url", .string(url)), ("source", .null), ("watched_seconds", .int(0)), ("reads", .int(0)),
                            ("failed_reads", .int(Int64(failedReads))), ("last_error", lastError.map { .string($0) } ?? .null)])
        }
        let queues: [(String, JSONValue)] = last.queues.map { q in
            let rates = history.rates(q.name)
            var drain: JSONValue = .null
            if case .seconds(let s) = history.drain(q.name) { drain = .rounded(s, 1) }
            func opt(_ v: Int64?) -> JSONValue { v.map { .int($0) } ?? .null }
            return (q.name, .object([
                ("type", .string(q.type)), ("ready", .int(q.ready)), ("unacked", .int(q.unacked)),
                ("consumers", .int(Int64(q.consumers))), ("peak_ready", .int(peakReady[q.name] ?? q.ready)),
                ("published", opt(moved(q.name, \.published))), ("delivered", opt(moved(q.name, \.delivered))),
                ("acked", opt(moved(q.name, \.acked))), ("redelivered", opt(moved(q.name, \.redelivered))),
                ("in_rate", .rounded(rate(q.name, \.published, fallback: rates.inRate), 3)),
                ("out_rate", .rounded(rate(q.name, \.removed, fallback: rates.outRate), 3)),
                ("drain", history.drain(q.name).text.map { .string($0) } ?? .null), ("drain_seconds", drain),
                ("max_length", opt(q.maxLength)), ("dead_letter_target", q.deadLetterTarget.map { .string($0) } ?? .null),
                ("delivery_limit", opt(q.deliveryLimit)), ("state", .string(q.state)),
            ]))
        }
        var consumers: [(String, JSONValue)] = last.consumers.map { c in
            let before = first?.consumers.first { $0.key == c.key }?.acked
            let acked: JSONValue = c.acked.map { .int($0 - (before ?? 0)) } ?? .null
            return (c.name, .object([("queue", .string(c.queue)), ("prefetch", .int(Int64(c.prefetch))),
                                     ("unacked", .int(c.unacked)), ("acked", acked), ("gone", .bool(false))]))
        }
        for g in history.gone {
            consumers.append((g.consumer.name, .object([("queue", .string(g.consumer.queue)), ("prefetch", .int(Int64(g.consumer.prefetch))),
                                                        ("unacked", .int(g.consumer.unacked)), ("acked", .null), ("gone", .bool(true))])))
        }
        let nodes: [(String, JSONValue)] = last.nodes.map { n in
            (n.name, .object([("memory_used", .int(n.memoryUsed)), ("memory_limit", .int(n.memoryLimit)),
                              ("memory_alarm", .bool(n.memoryAlarm)),
                              ("memory_alarm_seconds", .rounded(Double(alarmMillis[n.name] ?? 0) / 1000, 3)),
                              ("disk_alarm", .bool(n.diskAlarm))]))
        }
        return .object([
            ("url", .string(url)), ("source", .string(last.source)),
            ("watched_seconds", .rounded(watchedSeconds, 3)), ("reads", .int(Int64(reads))),
            ("failed_reads", .int(Int64(failedReads))), ("last_error", lastError.map { .string($0) } ?? .null),
            ("blocked_connections", .int(Int64(last.blockedConnections.count))),
            ("peak_blocked_connections", .int(Int64(peakBlocked))),
            ("queues", .object(queues)), ("consumers", .object(consumers)), ("nodes", .object(nodes)),
        ])
    }
}
