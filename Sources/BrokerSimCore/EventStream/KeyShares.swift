/// Which share of a producer's records each partition receives (docs/stream-model.md: hash(key) mod partitions).
///
/// Keys are the strings `user-0 … user-(N-1)`, hashed once at setup with Kafka's murmur2; for
/// large N a deterministic, evenly spaced sample of at most `sampleLimit` keys stands for all.
public enum KeyShares {
    static let sampleLimit: Int64 = 20_000

    public static func shares(_ keys: KeySpace, partitions n: Int) -> [Double] {
        switch keys {
        case .none:
            // Sticky batches rotating over partitions: an equal share over time.
            return Array(repeating: 1 / Double(n), count: n)
        case .users(let count):
            let c = keyCounts(0, max(1, count), n), s = c.reduce(0, +)
            return c.map { $0 / s }
        case .hot(let count, let keyShare, let trafficShare):
            let total = max(1, count)
            let hot = min(total, max(1, Int64((Double(total) * keyShare).rounded(.up))))
            let h = keyCounts(0, hot, n), c = keyCounts(hot, total, n)
            let hs = h.reduce(0, +), cs = c.reduce(0, +)
            let coldShare = cs > 0 ? 1 - trafficShare : 0
            let hotShare = cs > 0 ? trafficShare : 1
            return (0..<n).map { p in
                (hs > 0 ? hotShare * h[p] / hs : 0) + (cs > 0 ? coldShare * c[p] / cs : 0)
            }
        }
    }

    /// How many of the keys `user-lo … user-(hi-1)` (or of a sample of them) land on each partition.
    static func keyCounts(_ lo: Int64, _ hi: Int64, _ n: Int) -> [Double] {
        var counts = Array(repeating: 0.0, count: n)
        let total = hi - lo
        guard total > 0 else { return counts }
        let samples = min(total, sampleLimit)
        for j in 0..<samples {
            let k = lo + (samples == total ? j : j * total / samples)
            counts[partition(of: "user-\(k)", partitions: n)] += 1
        }
        return counts
    }

    /// Kafka's `Utils.toPositive(Utils.murmur2(key)) % numPartitions`.
    public static func partition(of key: String, partitions n: Int) -> Int {
        Int(murmur2(Array(key.utf8)) & 0x7fff_ffff) % n
    }

    /// Kafka's murmur2 (seed 0x9747b28c), as in `org.apache.kafka.common.utils.Utils`.
    public static func murmur2(_ data: [UInt8]) -> UInt32 {
        let m: UInt32 = 0x5bd1_e995, r: UInt32 = 24
        var h: UInt32 = 0x9747_b28c ^ UInt32(truncatingIfNeeded: data.count)
        let len4 = data.count / 4
        for i in 0..<len4 {
            let o = i * 4
            var k = UInt32(data[o]) | UInt32(data[o + 1]) << 8 | UInt32(data[o + 2]) << 16 | UInt32(data[o + 3]) << 24
            k = k &* m
            k ^= k >> r
            k = k &* m
            h = h &* m
            h ^= k
        }
        let rest = data.count % 4, o = len4 * 4
        if rest == 3 { h ^= UInt32(data[o + 2]) << 16 }
        if rest >= 2 { h ^= UInt32(data[o + 1]) << 8 }
        if rest >= 1 {
            h ^= UInt32(data[o])
            h = h &* m
        }
        h ^= h >> 13
        h = h &* m
        h ^= h >> 15
        return h
    }
}
