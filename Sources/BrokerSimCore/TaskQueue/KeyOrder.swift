/// Per-key processing order on one queue (docs/ordering.md): which key each message carries and,
/// per key, the newest message processed so far, so that a message finished after a newer one of
/// its key counts as `out_of_order`.
///
/// A message's key is a pure function of its position in the queue's publish order (a seeded
/// hash drawn from the producer's `key:` space), so runs stay runs: no key is stored per message.
/// State is one number per key, bounded by the key cardinality, never by the message count.
public struct KeyOrder: Sendable {
    /// One keyed producer feeding the queue: its key slots are `base ..< base + keys`.
    struct Source: Sendable {
        var producer: Int32
        var base: Int
        var keys: Int64
        /// `hot(N, k, s)`: the first `hot` keys carry the share `hotTraffic`; 0 for `users(N)`.
        var hot: Int64
        var hotTraffic: Double
    }
    var sources: [Source] = []
    /// Per key slot: the queue sequence of the newest message of that key processed, or -1.
    var newestDone: [Int64] = []
    let salt: UInt64
    /// Messages whose first successful processing came after a newer message of their key.
    public internal(set) var outOfOrder: Int64 = 0
    /// Messages processed with a key (first successful processings only).
    public internal(set) var keyedProcessed: Int64 = 0

    init(salt: UInt64) { self.salt = salt }

    /// Key slots of a queue at most: one 8-byte number each.
    public static let keyLimit: Int64 = 1_000_000

    mutating func add(producer: Int, space: KeySpace) {
        guard !sources.contains(where: { $0.producer == Int32(producer) }) else { return }
        let base = newestDone.count
        switch space {
        case .none: return
        case .users(let n):
            let n = min(max(1, n), Self.keyLimit)
            sources.append(Source(producer: Int32(producer), base: base, keys: n, hot: 0, hotTraffic: 0))
        case .hot(let n, let keyShare, let trafficShare):
            let n = min(max(1, n), Self.keyLimit)
            let hot = min(n, max(1, Int64((Double(n) * keyShare).rounded(.up))))
            sources.append(Source(producer: Int32(producer), base: base, keys: n, hot: hot, hotTraffic: trafficShare))
        }
        newestDone.append(contentsOf: repeatElement(-1, count: Int(sources[sources.count - 1].keys)))
    }

    /// The key slot of the message at queue sequence `seq` from producer `source`, or nil when
    /// that producer has no keys (a dead-letter republish has source -1: untracked).
    func slot(seq: Int64, source: Int32) -> Int? {
        guard let s = sources.first(where: { $0.producer == source }) else { return nil }
        var z = UInt64(bitPattern: seq) &+ salt
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        let pick = UInt64(s.keys).multipliedFullWidth(by: z).high
        guard s.hot > 0 && s.hot < s.keys else { return s.base + Int(pick) }
        // The low bits choose hot or cold, the high bits the key within the chosen part.
        let u = Double(z & 0xFFFF_FFFF) * 0x1.0p-32
        if u < s.hotTraffic { return s.base + Int(UInt64(s.hot).multipliedFullWidth(by: z).high) }
        return s.base + Int(s.hot) + Int(UInt64(s.keys - s.hot).multipliedFullWidth(by: z).high)
    }

    /// A message's first successful processing.
    mutating func processed(seq: Int64, source: Int32) {
        guard let k = slot(seq: seq, source: source) else { return }
        keyedProcessed += 1
        if seq < newestDone[k] { outOfOrder += 1 } else { newestDone[k] = seq }
    }
}
