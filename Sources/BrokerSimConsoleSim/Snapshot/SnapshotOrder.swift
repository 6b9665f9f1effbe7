import BrokerSimCore

/// A world's queues, topics and groups in name order, computed once per world: a snapshot
/// lists them by name, and handing them over already sorted makes that sort a single pass
/// (the standard sort finds one run), so a sample costs O(things), not a sort.
public struct SnapshotOrder: Sendable {
    public let queues: [Int]
    public let topics: [Int]
    public let groups: [Int]

    public init(_ cfg: WorldConfig) {
        queues = cfg.queues.indices.sorted { cfg.queues[$0].name < cfg.queues[$1].name }
        topics = cfg.topics.indices.sorted { cfg.topics[$0].name < cfg.topics[$1].name }
        groups = cfg.groups.indices.sorted { cfg.groups[$0].name < cfg.groups[$1].name }
    }
}

/// How much of the world a snapshot reads.
public enum SnapshotDetail: Sendable {
    /// Everything a poller of a real broker would see.
    case full
    /// What the console's rates and sparklines are computed from, and no more: queues with
    /// their gauges and counters, topics with the records appended, groups with what they have
    /// not read; no consumers, nodes, connections, partitions or names built from numbers.
    case counters
}
