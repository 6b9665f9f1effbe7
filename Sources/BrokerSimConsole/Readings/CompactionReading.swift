/// A compacted topic's cleaner, as the topic's compaction row shows it (docs/compaction.md).
public struct CompactionReading: Hashable, Sendable {
    /// The highest partition dirty ratio (0…1): the cleaner runs on a partition at `threshold`.
    public var dirtyRatio: Double
    public var threshold: Double
    /// Records the cleaner removed so far.
    public var compacted: Int64
    /// Records on the log now: what a reader from the log start reads.
    public var records: Int64
    public var tombstones: Int64

    public init(dirtyRatio: Double, threshold: Double, compacted: Int64, records: Int64, tombstones: Int64) {
        self.dirtyRatio = dirtyRatio; self.threshold = threshold; self.compacted = compacted
        self.records = records; self.tombstones = tombstones
    }
}
