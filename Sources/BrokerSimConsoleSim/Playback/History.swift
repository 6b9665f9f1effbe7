import BrokerSimConsole
import BrokerSimCore
import BrokerSimSnapshot

/// What the console has read of a world as it played: its snapshots, fed to the same
/// `SnapshotHistory` a watched broker's reads go to, so that the rates, sparklines and
/// estimates on screen follow one rule whatever the source. A value, saved with each world
/// checkpoint, so a seek back restores the numbers of that moment too.
///
/// Two kinds of read: on a fine grid of simulated time (every `RecentCounts.grid`, the last
/// few before any instant shown) what rates are measured from, over `RecentCounts.window`
/// whatever the sparkline's interval (a one-hour run samples its sparklines every 18 s), and
/// every whole second of the drain estimate's window before it; and at the sample interval
/// the sparkline points, covering the whole run. Both read only the counters
/// (`SnapshotDetail.counters`): O(queues + topics + groups) a read.
public struct History: Sendable {
    /// Points kept per sparkline after a merge.
    public static let capacity = Sparklines.capacity
    public let interval: SimDuration
    /// The world's reads, and everything computed from them.
    public private(set) var readings = SnapshotHistory(rateWindowMillis: RecentCounts.window.micros / 1000,
                                                       keepReads: RecentCounts.keptReads, keepSnapshots: 0)
    /// The instant of the newest sparkline sample.
    public private(set) var lastSample: SimTime?
    var lastGridRead: SimTime?
    var order: SnapshotOrder?
    /// Per producer (callers only; empty for the others): calls failed, timed out so far, one
    /// entry per sample (never merged: the FAILING and TIMEOUTS badges judge the last interval).
    public private(set) var callerFailed: [[Int64]] = []
    public private(set) var callerTimedOut: [[Int64]] = []
    /// Service counters on the fine grid (the model's sync side, which no broker snapshot has).
    public internal(set) var recent = RecentCounts()

    public init(interval: SimDuration) {
        self.interval = interval
    }

    /// The sample interval for a run: about 1/200 of its length rounded up to a
    /// round duration, so a whole run fits a wide sparkline; 1 s when the
    /// length is not known (`stop: drained`).
    public static func interval(forRunLength length: SimDuration?) -> SimDuration {
        guard let length, length.micros > 0 else { return .secs(1) }
        let steps: [Int64] = [100_000, 250_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 15_000_000,
                              30_000_000, 60_000_000, 300_000_000, 600_000_000, 1_800_000_000, 3_600_000_000,
                              21_600_000_000, 86_400_000_000]
        let want = length.micros / 200
        return SimDuration(micros: steps.first { $0 >= want } ?? steps[steps.count - 1])
    }

    /// A sparkline sample of the world as it is now.
    public mutating func record(_ w: World) { record(w, grid: false, sample: true) }

    /// Reads the world once for what is due now: a rate read on the grid, a sparkline sample.
    mutating func record(_ w: World, grid: Bool, sample: Bool) {
        let grid = grid && lastGridRead != w.now
        guard grid || sample else { return }
        if order == nil { order = SnapshotOrder(w.config) }
        let s = w.snapshot(detail: .counters, order: order)
        if grid {
            readings.keep(s)
            // Only what rates and drain estimates from here on measure from: the same reads
            // whichever way the playback came (frame by frame, a seek, a replay).
            readings.forgetReads { RecentCounts.forgets($0, now: w.now) }
            recent.record(w)
            lastGridRead = w.now
        }
        if sample {
            readings.plot(s)
            recordCallers(w)
            lastSample = w.now
        }
    }

    private mutating func recordCallers(_ w: World) {
        guard !w.sync.services.isEmpty else { return }
        if callerFailed.count != w.sync.callers.count {
            callerFailed = Array(repeating: [], count: w.sync.callers.count)
            callerTimedOut = callerFailed
        }
        for p in w.sync.callers.indices where w.isCaller(p) {
            Self.append(&callerFailed[p], w.sync.callers[p].failed)
            Self.append(&callerTimedOut[p], w.sync.callers[p].timedOut)
        }
    }

    /// The series at `i`, or nothing before the first sample.
    public func series<T>(_ all: [[T]], _ i: Int) -> [T] { all.indices.contains(i) ? all[i] : [] }

    /// Keeps the newest few samples of a caller counter (only the last two are read), trimming
    /// in bulk so appends stay O(1) amortized.
    private static func append(_ series: inout [Int64], _ v: Int64) {
        series.append(v)
        if series.count > 16 { series.removeFirst(series.count - 2) }
    }

    /// The instant of the newest sample in each sparkline point.
    public var times: [SimTime] { readings.sparklines.times.map { SimTime(micros: $0 * 1000) } }
    /// Samples merged into one sparkline point: 1, then doubling with each merge.
    public var samplesPerPoint: Int { readings.sparklines.readsPerPoint }

    /// Ready + unacked of queue `name` at each sparkline point, oldest first.
    public func depth(_ name: String) -> [Double] { readings.depthSeries(name) }

    /// When queue `q` will be empty (or that it grows, holds, stalls) at the world's instant, by
    /// the rule a watched broker's queue follows, against the depth a drain window before.
    public func drain(_ w: World, _ q: Int) -> DrainEstimate {
        readings.drain(w.config.queues[q].name, current: w.queueSnapshot(q, detail: .counters), at: w.now.micros / 1000)
    }

    /// Queue `q`'s rates in, out and redelivered at the world's instant.
    public func queueRates(_ w: World, _ q: Int) -> QueueRates {
        readings.rates(w.config.queues[q].name, current: w.queueSnapshot(q, detail: .counters), at: w.now.micros / 1000)
    }

    /// Calls per second service `s` answered in time, failed, or let time out, over about the
    /// last second.
    public func serviceRates(_ w: World, _ s: Int) -> (ok: Double, failed: Double, timedOut: Double) {
        let st = w.sync.services[s], r = recent
        return (r.rate(at: w.now, current: st.ok, \.serviceOK, s) ?? 0,
                r.rate(at: w.now, current: st.failed, \.serviceFailed, s) ?? 0,
                r.rate(at: w.now, current: st.timedOut, \.serviceTimedOut, s) ?? 0)
    }

    /// Records per second appended to topic `t` over about the last second; at the very first
    /// instant, the rate its steady producers append at.
    public func topicInRate(_ w: World, _ t: Int) -> Double {
        readings.topicInRate(w.topicSnapshot(t, detail: .counters), at: w.now.micros / 1000)
            ?? w.stream.topics[t].partitions.reduce(0) { $0 + $1.rate }
    }
}
