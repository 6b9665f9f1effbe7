@testable import BrokerSimCore
import Testing

/// The closed-form cleaner against a brute force over real keys: the expected survivors of
/// cleaning passes match what a per-record log keeps (docs/compaction.md).
@Suite("Log compaction: closed form against records")
struct CompactionMathTests {
    @Test(arguments: [(keys: 1_000.0, passes: [5_000, 12_000, 20_000]), (keys: 30_000.0, passes: [10_000, 25_000, 40_000])])
    func survivorsMatchABruteForce(keys: Double, passes: [Int]) {
        var rng = SplitMix64(seed: 9)
        let total = passes.last!
        let log = (0..<total).map { _ in Int(rng.unit() * keys) }
        var c = PartitionCompaction(classes: [.init(keys: keys, weight: 1, logR: mathLog1p(-1 / keys))], tombstoneShare: 0)
        var removed = 0
        var kept = Set<Int>()   // offsets still on the log
        var clean = 0
        for end in passes {
            _ = c.clean(logStart: 0, activeBase: Int64(end), now: .zero, deleteRetention: .secs(3_600))
            var newest: [Int: Int] = [:]
            for o in 0..<end { newest[log[o]] = o }
            let before = kept.count + (end - clean)
            kept = Set(newest.values)
            removed += before - kept.count
            clean = end
            let model = Double(c.records(from: 0, to: Int64(end)))
            #expect(abs(model - Double(kept.count)) <= Double(kept.count) * 0.02 + 5, "after the pass to \(end)")
        }
        #expect(abs(Double(c.removed) - Double(removed)) <= Double(removed) * 0.02 + 5)
    }

    @Test func aCleanedRangeNeverHoldsMoreRecordsThanKeys() {
        let c0 = PartitionCompaction(classes: [.init(keys: 40, weight: 0.7, logR: mathLog1p(-0.7 / 40)),
                                               .init(keys: 500, weight: 0.3, logR: mathLog1p(-0.3 / 500))], tombstoneShare: 0)
        var c = c0
        _ = c.clean(logStart: 0, activeBase: 1_000_000_000, now: .zero, deleteRetention: .secs(1))
        #expect(c.records(from: 0, to: 1_000_000_000) == 540)
        #expect(c.records(from: 0, to: 999_000_000) == 0, "every key was written again since")
    }
}
