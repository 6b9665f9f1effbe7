import BrokerSimConsole
import BrokerSimCore

/// Samples of the world taken at a fixed simulated interval, for sparklines: the whole run so
/// far, at most `2 × capacity` points per series.
///
/// When a series fills up, neighbouring points are merged in pairs and each point from then on
/// covers twice as many samples, so memory stays bounded by the number of things while the
/// sparkline can still show the run from its first second (a spike at 0:05 of a drained run
/// is still on screen at 30:00). A value, saved with each world checkpoint, so a seek back
/// restores the sparklines of that moment too.
public struct History: Sendable {
    /// Points kept per series after a merge; a series merges when it reaches twice this.
    public static let capacity = 240
    public let interval: SimDuration
    /// Samples merged into one point: 1, then doubling with each merge.
    public private(set) var samplesPerPoint = 1
    /// Samples already merged into the newest point (0 when the next sample opens a new one).
    var openSamples = 0
    /// The instant of the newest sample in each point.
    public private(set) var times: [SimTime] = []
    /// Per queue: ready + unacked, the largest of the point's samples.
    public private(set) var queueDepth: [[Double]]
    /// Per group: records not read yet (the read position's distance to the log end, which
    /// is what the badge judges), the largest of the point's samples. Sized on the first sample.
    public private(set) var groupUnread: [[Double]] = []
    /// Per producer (callers only; empty for the others): calls failed, timed out so far, one
    /// entry per sample (never merged: the FAILING and TIMEOUTS badges judge the last interval).
    public private(set) var callerFailed: [[Int64]] = []
    public private(set) var callerTimedOut: [[Int64]] = []
    /// Counters on a fine grid for rates, apart from the sparkline samples.
    public internal(set) var recent = RecentCounts()

    public init(interval: SimDuration, queues: Int, producers: Int) {
        self.interval = interval
        queueDepth = Array(repeating: [], count: queues)
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

    /// Records the world as it is now.
    public mutating func record(_ w: World) {
        let opens = openSamples == 0
        if opens { times.append(w.now) } else { times[times.count - 1] = w.now }
        for q in w.queues.indices { Self.add(&queueDepth[q], Double(w.queues[q].readyCount + w.queues[q].unacked), opens) }
        if groupUnread.count != w.stream.groups.count { groupUnread = Array(repeating: [], count: w.stream.groups.count) }
        for g in w.stream.groups.indices { Self.add(&groupUnread[g], Double(w.groupUnread(g)), opens) }
        recordCallers(w)
        openSamples += 1
        if openSamples == samplesPerPoint {
            openSamples = 0
            if times.count >= 2 * Self.capacity { mergePairs() }
        }
    }

    /// A new point, or the larger of the open point and this sample: the sparkline shows the
    /// worst of each stretch, so a short spike survives any merge.
    private static func add(_ series: inout [Double], _ v: Double, _ opens: Bool) {
        if opens || series.isEmpty { series.append(v) } else { series[series.count - 1] = Swift.max(series[series.count - 1], v) }
    }

    /// Halves every series: each pair of points becomes one (the later instant, the larger value).
    private mutating func mergePairs() {
        func halve(_ s: [Double]) -> [Double] {
            stride(from: 0, to: s.count, by: 2).map { i in i + 1 < s.count ? Swift.max(s[i], s[i + 1]) : s[i] }
        }
        times = stride(from: 0, to: times.count, by: 2).map { times[Swift.min($0 + 1, times.count - 1)] }
        queueDepth = queueDepth.map(halve)
        groupUnread = groupUnread.map(halve)
        samplesPerPoint *= 2
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

    /// Messages per second into queue `q` over about the last second of simulated time.
    public func queueInRate(_ w: World, _ q: Int) -> Double {
        recent.rate(at: w.now, current: w.queues[q].counters.published, \.queuePublished, q) ?? 0
    }

    /// Messages per second acked from queue `q` over about the last second.
    public func queueOutRate(_ w: World, _ q: Int) -> Double {
        recent.rate(at: w.now, current: w.queues[q].counters.acked, \.queueAcked, q) ?? 0
    }

    /// Messages per second producer `p` sent over about the last second.
    public func producerRate(_ w: World, _ p: Int) -> Double? {
        recent.rate(at: w.now, current: w.producers[p].sent, \.producerSent, p)
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
        recent.rate(at: w.now, current: w.stream.topics[t].appended, \.topicAppended, t)
            ?? w.stream.topics[t].partitions.reduce(0) { $0 + $1.rate }
    }

}
