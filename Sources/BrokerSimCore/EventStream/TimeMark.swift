/// One run of a partition's time index: from `offset` on, records were appended `spacing`
/// microseconds apart starting at `at`, until the next mark.
///
/// Kafka keeps a time index per segment; this one keeps a mark per change of the append pace
/// (a rate change, a burst, a pause), so a timestamp is exact to a record whatever the segment
/// size, and memory grows with the number of changes, never with records.
public struct TimeMark: Sendable, Equatable {
    public var offset: Int64
    public var at: Double
    public var spacing: Double

    /// The time the mark gives the record at `offset` (at or after its own offset).
    func time(of o: Int64) -> Double { at + Double(o - offset) * spacing }
}
