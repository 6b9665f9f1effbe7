/// HdrHistogram's bucket layout and percentile rule (lowest discernible value 1, 3 significant
/// digits, 64-bit counts, grown on demand) written for this one case.
///
/// hdrhistogram-swift's `Histogram` is generic over its count type, and its non-inlinable
/// methods (growing the counts, `valueAtPercentile`) run unspecialized outside its module: a
/// witness call per count. A thousand queues spent about a second growing their histograms and
/// half a second reading two percentiles each. The arithmetic here is the library's, step for step;
/// `LatencyHistogramTests` holds every percentile to the library's on random values.
struct LatencyHistogram: Sendable {
    /// Values below 2,048 have a bucket each; above, each power of two has 1,024 (3 digits).
    static let subBucketHalfCountMagnitude = 10
    static let subBucketHalfCount = 1 << subBucketHalfCountMagnitude
    static let subBucketCount = 2 * subBucketHalfCount
    static let subBucketMask = UInt64(subBucketCount - 1)
    /// 64 minus the bits of the largest value of bucket 0.
    static let leadingZeroCountBase = 64 - 11

    private(set) var counts: [UInt64] = []
    private(set) var totalCount: UInt64 = 0
    private(set) var maxValue: UInt64 = 0
    private(set) var minNonZeroValue: UInt64 = .max

    @inline(__always)
    static func bucketIndex(_ v: UInt64) -> Int { leadingZeroCountBase - (v | subBucketMask).leadingZeroBitCount }

    @inline(__always)
    static func countsIndex(_ v: UInt64) -> Int {
        let b = bucketIndex(v)
        let sub = Int(v >> UInt64(b))
        return (b + 1) << subBucketHalfCountMagnitude + (sub - subBucketHalfCount)
    }

    /// Counts one value `n` times; the counts grow to the bucket that holds it.
    @inline(__always)
    mutating func record(_ v: UInt64, count n: UInt64 = 1) {
        let i = Self.countsIndex(v)
        if i >= counts.count { grow(toCover: v) }
        counts[i] += n
        totalCount += n
        if v > maxValue { maxValue = v }
        if v < minNonZeroValue && v != 0 { minNonZeroValue = v }
    }

    /// Counts each value once: one growth check for the largest and one uniqueness check for the
    /// counts, where `record` per value paid both per value (a call into the runtime each).
    mutating func record(_ values: [UInt64]) {
        var largest: UInt64 = 0, smallest = minNonZeroValue
        for v in values {
            largest = Swift.max(largest, v)
            if v != 0 { smallest = Swift.min(smallest, v) }
        }
        if Self.countsIndex(largest) >= counts.count { grow(toCover: largest) }
        counts.withUnsafeMutableBufferPointer { c in
            for v in values { c[Self.countsIndex(v)] += 1 }
        }
        totalCount += UInt64(values.count)
        maxValue = Swift.max(maxValue, largest)
        minNonZeroValue = smallest
    }

    /// The library's resize: whole buckets up to the one holding `v`.
    @inline(never)
    mutating func grow(toCover v: UInt64) {
        var smallestUntrackable = UInt64(Self.subBucketCount)
        var buckets = 1
        while smallestUntrackable <= v {
            if smallestUntrackable > UInt64.max / 2 { buckets += 1; break }
            smallestUntrackable <<= 1
            buckets += 1
        }
        let length = (buckets + 1) * Self.subBucketHalfCount
        if length > counts.count { counts.append(contentsOf: repeatElement(0, count: length - counts.count)) }
    }

    var min: UInt64 { (counts.first ?? 0) > 0 || totalCount == 0 ? 0 : minNonZeroValue }

    static func valueFromIndex(_ index: Int) -> UInt64 {
        var b = (index >> subBucketHalfCountMagnitude) - 1
        var sub = (index & (subBucketHalfCount - 1)) + subBucketHalfCount
        if b < 0 {
            sub -= subBucketHalfCount
            b = 0
        }
        return UInt64(sub) << UInt64(b)
    }

    static func highestEquivalent(_ v: UInt64) -> UInt64 {
        let b = bucketIndex(v)
        let sub = Int(v >> UInt64(b))
        let lowest = UInt64(sub) << UInt64(b)
        let size = UInt64(1) << UInt64(sub >= subBucketCount ? b + 1 : b)
        return lowest + size - 1
    }

    /// HdrHistogram's `valueAtPercentile`: the highest value equivalent to the first count at
    /// which `percentile`% of all counts are reached (0 at no counts).
    func valueAtPercentile(_ percentile: Double) -> UInt64 {
        guard percentile != 0 else { return min }
        guard percentile < 100 else { return maxValue }
        let requested = Swift.min(Swift.max(percentile.nextDown, 0), 100)
        let countAtPercentile = Swift.max(1, UInt64((requested * Double(totalCount) / 100).rounded(.up)))
        var total: UInt64 = 0
        for i in counts.indices {
            total += counts[i]
            if total >= countAtPercentile {
                return Swift.max(Swift.min(Self.highestEquivalent(Self.valueFromIndex(i)), maxValue), min)
            }
        }
        return 0
    }
}
