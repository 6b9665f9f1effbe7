import Histogram
import Testing
@testable import BrokerSimCore

/// The report's latency percentiles come from `LatencyHistogram`, brokersim's own copy of
/// HdrHistogram's layout and percentile rule: every percentile must be the library's.
@Suite("Latency histogram: HdrHistogram's percentiles")
struct LatencyHistogramTests {
    static let percentiles: [Double] = [0, 0.1, 1, 10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.99, 100]

    /// Values spread over many powers of two (µs to 60 days), with repeats and zeros.
    static func values(seed: UInt64, count: Int) -> [UInt64] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            switch rng.below(8) {
            case 0: 0
            case 1: rng.below(2_048)
            case 2: 1_000 + rng.below(3)
            default: min(UInt64(rng.openUnit() * Double(1 << rng.below(43))), 60 * 86_400_000_000)
            }
        }
    }

    @Test("every percentile equals hdrhistogram-swift's, on 20 random sets of 1 to 5,000 values",
          arguments: 0..<20)
    func sameAsTheLibrary(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed))
        let values = Self.values(seed: UInt64(seed) &+ 100, count: 1 + Int(rng.below(5_000)))
        var mine = LatencyHistogram()
        var theirs = Histogram<UInt64>(numberOfSignificantValueDigits: .three)
        for v in values {
            mine.record(v)
            theirs.record(v)
        }
        for p in Self.percentiles {
            #expect(mine.valueAtPercentile(p) == theirs.valueAtPercentile(p), "p\(p) of \(values.count) values")
        }
        #expect(mine.totalCount == theirs.totalCount)
    }

    @Test("batched recording: percentiles and mean equal recording one by one, read before and after a flush")
    func batchesChangeNothing() {
        let values = Self.values(seed: 7, count: 1_000)
        var recorder = LatencyRecorder()
        var theirs = Histogram<UInt64>(numberOfSignificantValueDigits: .three)
        var sum = 0.0
        for (i, v) in values.enumerated() {
            recorder.record(SimDuration(micros: Int64(v)))
            theirs.record(v)
            sum += Double(v)
            // Some reads land with values pending, some right after a batch was counted.
            if i % 97 == 0 || i % 64 == 63 {
                #expect(recorder.percentileSeconds(99) == Double(theirs.valueAtPercentile(99)) / 1_000_000)
            }
        }
        #expect(recorder.percentileSeconds(50) == Double(theirs.valueAtPercentile(50)) / 1_000_000)
        recorder.flush()
        #expect(recorder.percentileSeconds(50) == Double(theirs.valueAtPercentile(50)) / 1_000_000)
        #expect(recorder.meanSeconds == sum / 1_000 / 1_000_000)
        #expect(recorder.count == 1_000)
    }

    @Test("nothing recorded: no percentile; a zero latency alone: every percentile 0")
    func emptyAndZero() {
        var r = LatencyRecorder()
        #expect(r.percentileSeconds(50) == nil)
        r.record(.zero)
        #expect(r.percentileSeconds(0) == 0 && r.percentileSeconds(50) == 0 && r.percentileSeconds(100) == 0)
    }
}
