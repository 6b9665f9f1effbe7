/// Latency percentiles in bounded memory: an HdrHistogram over microseconds
/// (3 significant digits, up to 60 simulated days: `record` clamps), plus an exact mean.
public struct LatencyRecorder: Sendable {
    /// It holds buckets only up to the largest latency seen. Sized for 60 days up front it took
    /// 270 KB per queue (a thousand queues, 270 MB); the bucket layout (set by the lowest value
    /// and the digits) is the same, so every percentile is too.
    var histogram = LatencyHistogram()
    var sumMicros: Double = 0
    public private(set) var count: Int64 = 0
    /// Values recorded but not yet counted in `histogram`, added `pendingLimit` at a time.
    /// With a thousand queues the histograms take tens of MB and each count lands on a line
    /// no cache holds: one at a time, every ack waited for memory; in a batch the increments
    /// are independent and the processor overlaps their misses. A histogram's counts do not
    /// depend on the order values came in, so every percentile is the same (the mean is summed
    /// at once, in order, as before).
    var pending: [UInt64] = []
    static let pendingLimit = 64

    public init() {}

    @inline(__always)
    public mutating func record(_ d: SimDuration, count n: Int64 = 1) {
        let v = UInt64(max(0, min(d.micros, 60 * 86_400_000_000)))
        sumMicros += Double(v) * Double(n)
        count += n
        if n != 1 {
            histogram.record(v, count: UInt64(n))
            return
        }
        if pending.capacity == 0 { pending.reserveCapacity(Self.pendingLimit) }
        pending.append(v)
        if pending.count == Self.pendingLimit { flush() }
    }

    /// Counts every pending value in the histogram.
    @inline(never)
    public mutating func flush() {
        guard !pending.isEmpty else { return }
        histogram.record(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Seconds, or nil when nothing was recorded.
    public var meanSeconds: Double? { count == 0 ? nil : sumMicros / Double(count) / 1_000_000 }

    /// Seconds at a percentile (0–100), or nil when nothing was recorded.
    public func percentileSeconds(_ p: Double) -> Double? {
        guard count > 0 else { return nil }
        if pending.isEmpty { return Double(histogram.valueAtPercentile(p)) / 1_000_000 }
        // A reader of a world nobody `look()`ed at: count the pending values in a copy.
        var all = self
        all.flush()
        return Double(all.histogram.valueAtPercentile(p)) / 1_000_000
    }
}
