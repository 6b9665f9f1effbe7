import BrokerSimCore

/// Samples of the world taken at a fixed simulated interval, for sparklines
/// and rates: the newest `capacity` of each series.
///
/// A value, saved with each world checkpoint, so a seek back restores the
/// sparklines of that moment too.
public struct History: Sendable {
    /// Samples kept per series: enough for a sparkline across a 240-column terminal.
    public static let capacity = 240
    public let interval: SimDuration
    public private(set) var times: [SimTime] = []
    /// Per queue: ready + unacked, published and acked so far.
    public private(set) var queueDepth: [[Double]]
    public private(set) var queuePublished: [[Int64]]
    public private(set) var queueAcked: [[Int64]]
    /// Per producer: messages sent so far.
    public private(set) var producerSent: [[Int64]]
    /// Per group: records not read yet (the read position's distance to the log end, which
    /// is what the badge judges). Per topic: records appended so far.
    /// Sized on the first sample, like the other sides' series below.
    public private(set) var groupUnread: [[Double]] = []
    public private(set) var topicAppended: [[Int64]] = []
    /// Per service: calls answered in time, failed, timed out so far.
    public private(set) var serviceOK: [[Int64]] = []
    public private(set) var serviceFailed: [[Int64]] = []
    public private(set) var serviceTimedOut: [[Int64]] = []
    /// Per producer (callers only; empty for the others): calls failed, timed out so far.
    public private(set) var callerFailed: [[Int64]] = []
    public private(set) var callerTimedOut: [[Int64]] = []
    /// Counters on a fine grid for rates, apart from the sparkline samples.
    public internal(set) var recent = RecentCounts()

    public init(interval: SimDuration, queues: Int, producers: Int) {
        self.interval = interval
        queueDepth = Array(repeating: [], count: queues)
        queuePublished = Array(repeating: [], count: queues)
        queueAcked = Array(repeating: [], count: queues)
        producerSent = Array(repeating: [], count: producers)
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
        append(&times, w.now)
        for q in w.queues.indices {
            let s = w.queues[q]
            append(&queueDepth[q], Double(s.readyCount + s.unacked))
            append(&queuePublished[q], s.counters.published)
            append(&queueAcked[q], s.counters.acked)
        }
        for p in w.producers.indices { append(&producerSent[p], w.producers[p].sent) }
        recordStream(w)
        recordServices(w)
    }

    private mutating func recordStream(_ w: World) {
        if groupUnread.count != w.stream.groups.count { groupUnread = Array(repeating: [], count: w.stream.groups.count) }
        if topicAppended.count != w.stream.topics.count { topicAppended = Array(repeating: [], count: w.stream.topics.count) }
        for g in w.stream.groups.indices { append(&groupUnread[g], Double(w.groupUnread(g))) }
        for t in w.stream.topics.indices { append(&topicAppended[t], w.stream.topics[t].appended) }
    }

    private mutating func recordServices(_ w: World) {
        let n = w.sync.services.count
        if serviceOK.count != n {
            serviceOK = Array(repeating: [], count: n)
            serviceFailed = serviceOK
            serviceTimedOut = serviceOK
        }
        for s in 0..<n {
            append(&serviceOK[s], w.sync.services[s].ok)
            append(&serviceFailed[s], w.sync.services[s].failed)
            append(&serviceTimedOut[s], w.sync.services[s].timedOut)
        }
        guard n > 0 else { return }
        if callerFailed.count != w.sync.callers.count {
            callerFailed = Array(repeating: [], count: w.sync.callers.count)
            callerTimedOut = callerFailed
        }
        for p in w.sync.callers.indices where w.isCaller(p) {
            append(&callerFailed[p], w.sync.callers[p].failed)
            append(&callerTimedOut[p], w.sync.callers[p].timedOut)
        }
    }

    /// The series at `i`, or nothing before the first sample.
    public func series<T>(_ all: [[T]], _ i: Int) -> [T] { all.indices.contains(i) ? all[i] : [] }

    /// Keeps the newest `capacity` samples, trimming in bulk so appends stay O(1) amortized.
    private func append<T>(_ series: inout [T], _ v: T) {
        series.append(v)
        if series.count > 2 * Self.capacity { series.removeFirst(series.count - Self.capacity) }
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

    /// The newest samples of a series, at most `capacity`.
    public func recent(_ series: [Double]) -> [Double] { Array(series.suffix(Self.capacity)) }
}

