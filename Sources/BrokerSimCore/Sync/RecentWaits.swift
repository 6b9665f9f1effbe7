/// The latest waits of a caller, for a live percentile: the run-long histogram keeps showing a
/// storm of timeouts long after it passed, while the console should show how long callers wait
/// now. A ring of the newest 4,096 waits (time and duration), so memory is fixed whatever the
/// rate; the percentile covers those of them inside the window asked for.
public struct RecentWaits: Sendable {
    public static let capacity = 4096
    var at: [Int64] = []
    var micros: [Int64] = []
    var next = 0

    public init() {}

    mutating func record(at t: SimTime, _ d: SimDuration) {
        if at.count < Self.capacity {
            at.append(t.micros); micros.append(d.micros)
        } else {
            at[next] = t.micros; micros[next] = d.micros
        }
        next = (next + 1) % Self.capacity
    }

    /// Seconds at a percentile (0–100, nearest rank) of the waits that ended at or after `since`,
    /// or nil when none did.
    public func percentileSeconds(_ p: Double, since: SimTime) -> Double? {
        var xs: [Int64] = []
        for i in at.indices where at[i] >= since.micros { xs.append(micros[i]) }
        guard !xs.isEmpty else { return nil }
        xs.sort()
        let rank = Int((p / 100 * Double(xs.count)).rounded(.up))
        return Double(xs[min(xs.count, max(1, rank)) - 1]) / 1_000_000
    }
}
