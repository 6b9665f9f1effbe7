/// A topic's `cleanup:` policy (Kafka's `cleanup.policy`): delete old segments, keep the newest
/// record per key, or both.
public enum CleanupPolicy: String, Sendable, Equatable {
    case delete
    case compact
    case compactDelete = "compact,delete"

    /// The log cleaner works on the topic.
    public var compacts: Bool { self != .delete }
    /// Retention (time) deletes old segments.
    public var deletes: Bool { self != .compact }
}

/// Log compaction settings of a topic (docs/compaction.md); defaults follow Kafka.
public struct CompactionConfig: Sendable, Equatable {
    public var policy = CleanupPolicy.delete
    /// How long a tombstone stays after the pass that first cleaned it (`delete.retention.ms`, 24 h).
    public var deleteRetention: SimDuration = .secs(86_400)
    /// A partition is cleaned when dirty ÷ (clean + dirty) reaches this (`min.cleanable.dirty.ratio`).
    public var minDirtyRatio = 0.5
    public init() {}
}
