/// Depth per queue and lag per group over the whole time watched, at most `2 × capacity`
/// points per series, by slot (`NameSlots`).
///
/// When the series fill up, neighbouring points merge in pairs and each point from then on
/// covers twice as many reads, so memory follows the number of things while a sparkline still
/// shows everything from the first read (a spike at 0:05 of a drained run is still on screen
/// at 30:00). Each point is the largest of its reads: a short spike survives any merge. A
/// thing not in a read counts 0 there; one first seen late has 0 before.
public struct Sparklines: Sendable {
    /// Points kept per series after a merge; the series merge when they reach twice this.
    public static let capacity = 240
    /// Reads merged into one point: 1, then doubling with each merge.
    public private(set) var readsPerPoint = 1
    /// Reads already in the newest point (0 when the next read opens a new one).
    var openReads = 0
    /// When the newest read of each point was made (ms, as the snapshots say).
    public private(set) var times: [Int64] = []
    var depth: [[Double]] = []
    var lag: [[Double]] = []

    public init() {}

    /// Adds a read: `values` by slot (nil where the read did not have the thing).
    mutating func add(depth d: [Double?], lag l: [Double?], at: Int64) {
        let opens = openReads == 0
        if opens { times.append(at) } else { times[times.count - 1] = at }
        Self.add(&depth, d, points: times.count)
        Self.add(&lag, l, points: times.count)
        openReads += 1
        if openReads == readsPerPoint {
            openReads = 0
            if times.count >= 2 * Self.capacity { mergePairs() }
        }
    }

    /// A new point, or the larger of the open point and this read.
    private static func add(_ all: inout [[Double]], _ values: [Double?], points: Int) {
        while all.count < values.count { all.append(Array(repeating: 0, count: max(0, points - 1))) }
        for slot in all.indices {
            let v = slot < values.count ? values[slot] ?? 0 : 0
            let n = all[slot].count
            if n < points { all[slot].append(v) } else { all[slot][n - 1] = max(all[slot][n - 1], v) }
        }
    }

    /// Halves every series: each pair of points becomes one (the later instant, the larger value).
    private mutating func mergePairs() {
        func halve(_ s: [Double]) -> [Double] {
            stride(from: 0, to: s.count, by: 2).map { i in i + 1 < s.count ? max(s[i], s[i + 1]) : s[i] }
        }
        times = stride(from: 0, to: times.count, by: 2).map { times[min($0 + 1, times.count - 1)] }
        depth = depth.map(halve)
        lag = lag.map(halve)
        readsPerPoint *= 2
    }
}
