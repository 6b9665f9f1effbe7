import BrokerSimCore

/// Fields of RabbitMQ streams (docs/rabbit-streams.md): present only on `type: stream` queues
/// and the workers that read them.
extension Report {
    static func streamQueueFields(_ w: World, _ q: Int) -> [(String, JSONValue)] {
        guard let s = w.streamQueueIndex(q) else { return [] }
        let log = w.streamQueues.streams[s].log
        return [
            ("log_start", .int(log.logStart)),
            ("log_end", .int(log.logEnd)),
            ("segments", .int(Int64(log.segments.count))),
            ("bytes", .int(log.bytes)),
            ("deleted_by_retention", .int(w.streamQueues.streams[s].deletedByRetention)),
        ]
    }

    static func streamWorkerFields(_ w: World, _ id: Int) -> [(String, JSONValue)] {
        guard w.streamQueueIndex(Int(w.workers[id].queue)) != nil else { return [] }
        let c = id < w.streamQueues.consumers.count ? w.streamQueues.consumers[id] : nil
        return [
            ("offset", c.map { $0.position >= 0 ? .int($0.position) : .null } ?? .null),
            ("stored_offset", w.storedOffset(id).map { .int($0) } ?? .null),
        ]
    }
}
