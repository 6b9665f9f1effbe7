import Histogram

/// Latency percentiles in bounded memory: an HdrHistogram over microseconds
/// (3 significant digits, up to 60 simulated days: `record` clamps), plus an exact mean.
public struct LatencyRecorder: Sendable {
    /// Auto-resizing: it holds buckets only up to the largest latency seen. Sized for 60 days up
    /// front it took 270 KB per queue (a thousand queues, 270 MB); the bucket layout (set by the
    /// lowest value and the digits) is the same, so every percentile is too.
    var histogram = Histogram<UInt64>(numberOfSignificantValueDigits: .three)
    var sumMicros: Double = 0
    public private(set) var count: Int64 = 0

    public init() {}

    @inline(__always)
    public mutating func record(_ d: SimDuration, count n: Int64 = 1) {
        let v = UInt64(max(0, min(d.micros, 60 * 86_400_000_000)))
        _ = histogram.record(v, count: UInt64(n))
        sumMicros += Double(v) * Double(n)
        count += n
    }

    /// Seconds, or nil when nothing was recorded.
    public var meanSeconds: Double? { count == 0 ? nil : sumMicros / Double(count) / 1_000_000 }

    /// Seconds at a percentile (0–100), or nil when nothing was recorded.
    public func percentileSeconds(_ p: Double) -> Double? {
        count == 0 ? nil : Double(histogram.valueAtPercentile(p)) / 1_000_000
    }
}
