/// One log segment of a partition: a range of offsets and the time span and bytes they cover.
///
/// A segment is never one object per record. Its first and last timestamps decide when it
/// rolls and when retention deletes it; the timestamp of one record inside comes from the
/// partition's time index (`TimeMark`), exact whatever the segment's size.
public struct Segment: Sendable, Equatable {
    public var base: Int64
    public var count: Int64
    public var firstTime: SimTime
    public var lastTime: SimTime
    public var bytes: Int64

    @inlinable public var end: Int64 { base + count }
}
