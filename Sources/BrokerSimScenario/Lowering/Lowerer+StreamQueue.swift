import BrokerSimCore
import Yams

/// RabbitMQ stream keys (docs/rabbit-streams.md): `type: stream` with `max_length_bytes`,
/// `max_age`, `max_segment_size_bytes`; worker pools on a stream with `offset` and `track`.
extension Lowerer {
    static let streamQueueKeys = ["max_length_bytes", "max_age", "max_segment_size_bytes"]
    static let streamWorkerKeys = ["offset", "track"]
    /// Queue keys of the task-queue model that a stream has no use for.
    static let notForStreams = ["max_length", "overflow", "message_ttl", "dead_letter"]

    mutating func lowerStreamQueue(_ f: Fields, _ q: inout QueueConfig) {
        queueIsStream.append(q.kind == .stream)
        guard q.kind == .stream else {
            for key in Lowerer.streamQueueKeys where f.has(key) {
                error(f.keyNode(key)!, "'\(key)' applies to a stream ('type: stream'); queue '\(q.name)' is \(q.kind.rawValue)")
            }
            return
        }
        for key in Lowerer.notForStreams where f.has(key) {
            error(f.keyNode(key)!, "'\(key)' does not apply to a stream: a stream keeps every message until retention "
                  + "(max_length_bytes, max_age) deletes whole segments")
        }
        q.durable = true
        if let v = value(f, "max_length_bytes", Units.size) { q.stream.maxLengthBytes = v }
        if let v = positiveDuration(f, "max_age") { q.stream.maxAge = v }
        if let node = f["max_segment_size_bytes"], let v = value(node, "max_segment_size_bytes", Units.size) {
            if v > 0 { q.stream.segmentBytes = v } else { error(node, "'max_segment_size_bytes' must be greater than 0") }
        }
    }

    mutating func lowerStreamWorker(_ f: Fields, _ w: inout WorkerPoolConfig) {
        let onStream = w.queue < queueIsStream.count && queueIsStream[w.queue]
        guard onStream else {
            for key in Lowerer.streamWorkerKeys where f.has(key) {
                error(f.keyNode(key)!, "'\(key)' applies to workers reading a stream ('type: stream')")
            }
            return
        }
        if let v = value(f, "offset", Lowerer.offsetSpec) { w.offset = v }
        if let v = positiveDuration(f, "track") { w.track = v }
        for key in ["prefetch", "ack", "ack_delay", "fail", "on_fail"] where f.has(key) {
            error(f.keyNode(key)!, "'\(key)' does not apply to workers reading a stream: reading acknowledges nothing")
        }
    }

    /// `first`, `last`, `next`, an offset (`1000`, `10k`) or a timestamp as a duration since the start (`30s`).
    static func offsetSpec(_ text: String) -> Result<StreamOffsetSpec, UnitError> {
        switch text {
        case "first": return .success(.first)
        case "last": return .success(.last)
        case "next": return .success(.next)
        default: break
        }
        if case .success(let n) = Units.count(text) { return .success(.offset(n)) }
        if case .success(let d) = Units.duration(text) { return .success(.timestamp(d)) }
        return .failure(UnitError("invalid offset '\(text)': expected first, last, next, an offset (1000) or a time since the start (30s)"))
    }
}
