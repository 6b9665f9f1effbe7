/// One read reduced to what rates and estimates are computed from, by slot (`NameSlots`):
/// a few integers per queue, topic and consumer, so that a history keeps many reads at the
/// cost of the counters, not of whole snapshots. `-1` is a value the read did not have (the
/// entity was not there, or the source keeps no such counter): counters never go below 0.
struct ReadCounts: Sendable {
    var at: Int64
    var queues: [QueueCounts]
    /// Records appended so far, by topic slot.
    var topics: [Int64]
    /// Acks so far, by consumer slot.
    var consumerAcks: [Int64]

    struct QueueCounts: Sendable {
        var depth: Int64 = -1
        var published: Int64 = -1
        /// Acked, or delivered with no ack to wait for: gone for good.
        var removed: Int64 = -1
        var redelivered: Int64 = -1

        init() {}

        init(_ q: QueueSnapshot) {
            depth = q.depth
            published = q.published ?? -1
            removed = q.removed ?? -1
            redelivered = q.redelivered ?? -1
        }
    }

    /// The value at `slot`, nil when this read did not have it.
    func queue(_ slot: Int, _ counter: KeyPath<QueueCounts, Int64>) -> Int64? {
        guard slot < queues.count else { return nil }
        let v = queues[slot][keyPath: counter]
        return v < 0 ? nil : v
    }

    static func value(_ list: [Int64], _ slot: Int) -> Int64? {
        guard slot < list.count, list[slot] >= 0 else { return nil }
        return list[slot]
    }
}
