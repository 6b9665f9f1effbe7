/// The reads of one source, and everything computed from them for every view: rates, depth
/// and lag sparklines, drain estimates, acks per consumer, consumers that vanished holding
/// messages. A watched broker, a recording of one and a simulation all feed snapshots in
/// here and read their numbers back out, so one rule makes each number whatever the source.
///
/// Bounded: the reads kept for rates and estimates (`keepReads`, a few integers per thing
/// each), the newest `keepSnapshots` whole snapshots (for the feed), and the sparklines
/// (`Sparklines`, merged in pairs as they fill); memory follows the number of queues,
/// consumers and groups, never the time watched.
public struct SnapshotHistory: Sendable {
    public static let capacity = 240
    /// A consumer that vanished while holding unacked messages stays listed this long.
    public static let goneKeepMillis: Int64 = 60_000
    /// A drain estimate compares the newest depth with the depth this long before: six of a
    /// watched broker's 5 s reads, long enough that one consumer's pause does not swing it.
    public static let drainWindowMillis: Int64 = 30_000

    /// A rate at an instant is measured from the newest read at least this long before it
    /// (0: the read before), so that it covers the same stretch of time however often the
    /// source is read. Without such a read, from the oldest before it.
    public let rateWindowMillis: Int64
    /// Reads kept for rates and the drain estimate.
    public let keepReads: Int
    /// Whole snapshots kept (the live feed tells what changed between them); 0 keeps none.
    public let keepSnapshots: Int

    public private(set) var snapshots: [Snapshot] = []
    public private(set) var gone: [GoneConsumer] = []
    /// When the first read was made: the clock of a watched broker counts from it.
    public private(set) var firstReadAt: Int64?
    public private(set) var sparklines = Sparklines()
    var reads: [ReadCounts] = []
    var queueSlots = NameSlots()
    var topicSlots = NameSlots()
    var consumerSlots = NameSlots()
    var groupSlots = NameSlots()
    /// Where each queue slot is in the newest whole snapshot's list (-1: not in it).
    var latestQueueAt: [Int] = []

    /// - Parameters:
    ///   - rateWindowMillis: see `rateWindowMillis`; a watched broker's reads are seconds
    ///     apart and its rates go from one read to the next.
    ///   - keepReads: enough for the rate window and the drain estimate's.
    public init(rateWindowMillis: Int64 = 0, keepReads: Int = SnapshotHistory.capacity,
                keepSnapshots: Int = SnapshotHistory.capacity) {
        self.rateWindowMillis = rateWindowMillis
        self.keepReads = keepReads
        self.keepSnapshots = keepSnapshots
    }

    /// The newest whole snapshot kept.
    public var latest: Snapshot? { snapshots.last }

    /// A read of a watched broker or a recording: counted for rates and estimates, and a
    /// point of the sparklines.
    public mutating func record(_ s: Snapshot) {
        keep(s)
        plot(s)
    }

    /// Counts a read for rates and estimates (a simulation reads its counters on a fine grid
    /// of its own time, apart from its sparkline points).
    public mutating func keep(_ s: Snapshot) {
        if firstReadAt == nil { firstReadAt = s.readAt }
        if keepSnapshots > 0 {
            noteGone(s)
            snapshots.append(s)
            if snapshots.count > keepSnapshots { snapshots.removeFirst(snapshots.count - keepSnapshots) }
        }
        var read = ReadCounts(at: s.readAt, queues: [], topics: [], consumerAcks: [])
        let qs = queueSlots.slots(for: s.queues.map(\.name))
        read.queues = Array(repeating: ReadCounts.QueueCounts(), count: queueSlots.count)
        for (i, q) in s.queues.enumerated() { read.queues[qs[i]] = ReadCounts.QueueCounts(q) }
        if keepSnapshots > 0 {
            latestQueueAt = Array(repeating: -1, count: queueSlots.count)
            for i in qs.indices { latestQueueAt[qs[i]] = i }
        }
        if !s.topics.isEmpty {
            let ts = topicSlots.slots(for: s.topics.map(\.name))
            read.topics = Array(repeating: -1, count: topicSlots.count)
            for (i, t) in s.topics.enumerated() { read.topics[ts[i]] = t.appended ?? t.logEnd }
        }
        if !s.consumers.isEmpty {
            let cs = consumerSlots.slots(for: s.consumers.map(\.key))
            read.consumerAcks = Array(repeating: -1, count: consumerSlots.count)
            for (i, c) in s.consumers.enumerated() { read.consumerAcks[cs[i]] = c.acked ?? -1 }
        }
        reads.append(read)
        if reads.count > keepReads { reads.removeFirst(reads.count - keepReads) }
    }

    /// A point of the sparklines: each queue's depth, each group's lag (records it has not
    /// read when the source knows its position, else not committed).
    public mutating func plot(_ s: Snapshot) {
        if firstReadAt == nil { firstReadAt = s.readAt }
        let qs = queueSlots.slots(for: s.queues.map(\.name))
        var depth = [Double?](repeating: nil, count: queueSlots.count)
        for (i, q) in s.queues.enumerated() { depth[qs[i]] = Double(q.depth) }
        var lag: [Double?] = []
        if !s.groups.isEmpty {
            let gs = groupSlots.slots(for: s.groups.map(\.name))
            lag = [Double?](repeating: nil, count: groupSlots.count)
            for (i, g) in s.groups.enumerated() {
                lag[gs[i]] = Double(g.unread ?? s.topic(g.topic).map { g.lag(on: $0) } ?? 0)
            }
        }
        sparklines.add(depth: depth, lag: lag, at: s.readAt)
    }

    /// Consumers of the previous snapshot that are not in this one and held messages.
    mutating func noteGone(_ s: Snapshot) {
        if let previous = snapshots.last, !previous.consumers.isEmpty {
            let now = Set(s.consumers.map(\.key))
            for c in previous.consumers where !now.contains(c.key) && c.unacked > 0 {
                gone.append(GoneConsumer(consumer: c, lastSeen: previous.readAt))
            }
        }
        guard !gone.isEmpty else { return }
        let back = Set(s.consumers.map(\.key))
        gone.removeAll { s.readAt - $0.lastSeen > Self.goneKeepMillis || back.contains($0.consumer.key) }
    }

    /// Ready + unacked of a queue at each sparkline point, oldest first (0 where it did not exist).
    public func depthSeries(_ queue: String) -> [Double] {
        queueSlots.slot(queue).flatMap { $0 < sparklines.depth.count ? sparklines.depth[$0] : nil } ?? []
    }

    /// A group's lag at each sparkline point, oldest first.
    public func lagSeries(_ group: String) -> [Double] {
        groupSlots.slot(group).flatMap { $0 < sparklines.lag.count ? sparklines.lag[$0] : nil } ?? []
    }
}
