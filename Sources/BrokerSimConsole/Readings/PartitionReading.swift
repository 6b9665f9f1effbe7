/// One partition's log: its retention edge, its end, its segments and each group's committed offset.
public struct PartitionReading: Hashable, Sendable {
    public var logStart: Int64
    public var logEnd: Int64
    /// Committed offset per group of the topic, in the order its `TopicReading.groups` names
    /// them (the same reading's list, not the frame's); nil when the group has no offset on
    /// this partition yet.
    public var committed: [Int64?]
    /// First offsets of the segments after the oldest, ascending (where retention will cut);
    /// empty when there are more than `maxBoundaries` (too many to draw apart).
    public var segmentBoundaries: [Int64]
    public static let maxBoundaries = 64
    /// Share groups of the topic: their in-flight windows (start offset, end offset).
    public var shareWindows: [Range<Int64>?] = []
    /// Compacted topics: the cleaner's checkpoint; below it the log holds one record per key (gaps).
    public var cleanedTo: Int64?

    public init(logStart: Int64, logEnd: Int64, committed: [Int64?], segmentBoundaries: [Int64] = []) {
        self.logStart = logStart; self.logEnd = logEnd; self.committed = committed
        self.segmentBoundaries = segmentBoundaries
    }
}
