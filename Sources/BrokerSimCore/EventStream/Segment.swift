/// One log segment of a partition: a range of offsets and the time span and bytes they cover.
///
/// A segment is never one object per record: records inside it are assumed evenly spread
/// over `[firstTime, lastTime]`, which is exact for steady production between events.
public struct Segment: Sendable, Equatable {
    public var base: Int64
    public var count: Int64
    public var firstTime: SimTime
    public var lastTime: SimTime
    public var bytes: Int64

    @inlinable public var end: Int64 { base + count }

    /// Timestamp of the record at `offset` (inside the segment), by linear interpolation.
    public func timestamp(of offset: Int64) -> SimTime {
        guard count > 1 else { return firstTime }
        let f = Double(offset - base) / Double(count - 1)
        return SimTime(micros: firstTime.micros + Int64((Double((lastTime - firstTime).micros) * f).rounded()))
    }
}
