/// The recent reads of one source, and what is computed from them once for every view:
/// rates, depth sparklines, drain estimates, consumers that vanished holding messages.
///
/// Bounded: the newest `capacity` snapshots, so memory follows the number of queues and
/// consumers, never the time watched.
public struct SnapshotHistory: Sendable {
    public static let capacity = 240
    /// A consumer that vanished while holding unacked messages stays listed this long.
    public static let goneKeepMillis: Int64 = 60_000

    public private(set) var snapshots: [Snapshot] = []
    public private(set) var gone: [GoneConsumer] = []

    public init() {}

    public var latest: Snapshot? { snapshots.last }

    public mutating func record(_ s: Snapshot) {
        if let previous = snapshots.last {
            let now = Set(s.consumers.map(\.key))
            for c in previous.consumers where !now.contains(c.key) && c.unacked > 0 {
                gone.append(GoneConsumer(consumer: c, lastSeen: previous.readAt))
            }
        }
        let back = Set(s.consumers.map(\.key))
        gone.removeAll { s.readAt - $0.lastSeen > Self.goneKeepMillis || back.contains($0.consumer.key) }
        snapshots.append(s)
        if snapshots.count > Self.capacity { snapshots.removeFirst(snapshots.count - Self.capacity) }
    }

    /// Ready + unacked of a queue at each read, oldest first (0 where it did not exist).
    public func depthSeries(_ queue: String) -> [Double] {
        snapshots.map { Double($0.queue(queue)?.depth ?? 0) }
    }

    /// Messages per second into the queue, out of it for good, and redelivered: the broker's
    /// own rate when it gives one, else the change in its counter between the last two reads.
    public func rates(_ queue: String) -> QueueRates {
        guard let q = latest?.queue(queue) else { return QueueRates(inRate: 0, outRate: 0, redeliverRate: 0) }
        return QueueRates(inRate: q.publishRate ?? delta(queue, \.published),
                          outRate: q.outRate ?? delta(queue, \.removed),
                          redeliverRate: q.redeliverRate ?? delta(queue, \.redelivered))
    }

    /// Per second between the last two reads that both have the counter; 0 without two.
    /// A counter that went down (the queue was deleted and declared again) counts from 0.
    func delta(_ queue: String, _ counter: KeyPath<QueueSnapshot, Int64?>) -> Double {
        guard let last = snapshots.last, let b = last.queue(queue)?[keyPath: counter] else { return 0 }
        for earlier in snapshots.dropLast().reversed() {
            guard let a = earlier.queue(queue)?[keyPath: counter] else { continue }
            let millis = last.readAt - earlier.readAt
            guard millis > 0 else { continue }
            return Double(b >= a ? b - a : b) * 1000 / Double(millis)
        }
        return 0
    }

    /// Acks per second of a consumer's channel, the same way.
    public func ackRate(_ consumer: ConsumerSnapshot) -> Double {
        if let r = consumer.ackRate { return r }
        guard let last = snapshots.last, let b = consumer.acked else { return 0 }
        for earlier in snapshots.dropLast().reversed() {
            guard let a = earlier.consumers.first(where: { $0.key == consumer.key })?.acked else { continue }
            let millis = last.readAt - earlier.readAt
            if millis > 0 { return Double(max(0, b - a)) * 1000 / Double(millis) }
        }
        return 0
    }

    /// How long the queue takes to empty at the pace its depth fell over the last
    /// `windowMillis` (not the out rate alone: what arrives meanwhile counts).
    public func drain(_ queue: String, windowMillis: Int64 = 30_000) -> DrainEstimate {
        guard let last = latest, let q = last.queue(queue) else { return .empty }
        if q.depth == 0 { return .empty }
        let start = snapshots.last { last.readAt - $0.readAt >= windowMillis }
            ?? snapshots.first { $0.readAt < last.readAt }
        guard let first = start, let before = first.queue(queue) else { return .unknown }
        let perSecond = Double(before.depth - q.depth) * 1000 / Double(last.readAt - first.readAt)
        if perSecond > 0 { return .seconds(Double(q.depth) / perSecond) }
        if perSecond < 0 { return .growing(-perSecond) }
        return rates(queue).outRate > 0 ? .holding : .stalled
    }
}
