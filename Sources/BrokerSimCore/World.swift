import DequeModule

/// The whole simulation as one value: copying it is a snapshot (rewind,
/// side-by-side variants). The clock is outside: `advance(to:)` runs every
/// event due by an instant and stops there.
public struct World: Sendable {
    public let config: WorldConfig
    public internal(set) var now = SimTime.zero
    public internal(set) var eventCount: Int64 = 0
    var events = EventQueue<SimEvent>()
    /// Timeline entries sorted by `at` (file order for ties), with interactive additions appended.
    public internal(set) var timeline: [TimelineEntry] = []
    /// Timeline entries not yet run, and `for:` restarts not yet due: `stop: drained` waits for both.
    var pendingTimeline = 0
    var pendingRestarts = 0

    // Task queue side.
    public internal(set) var queues: [QueueState] = []
    public internal(set) var workers: [WorkerState] = []
    /// Worker IDs of each pool, instance number order.
    public internal(set) var pools: [[Int32]] = []
    /// Each pool's random stream; exponential work times are drawn a call ahead (`AheadStream`).
    var poolRNG: [AheadStream] = []
    var poolParams: [PoolParams] = []
    var queueParams: [QueueParams] = []
    public internal(set) var broker = BrokerState()
    /// Cluster nodes and where queues live (empty for a single node).
    public internal(set) var cluster = ClusterState()
    /// RabbitMQ streams (`type: stream`): logs and consumer positions (empty without one).
    public internal(set) var streamQueues = StreamQueuesState()
    /// Routing keys seen by exchanges; index 0 is the empty key.
    var routingKeys: [String] = [""]
    /// `routes[exchange][key]`: queues a publish reaches, computed once.
    var routes: [[[Int32]]] = []
    var deadLetterPaths = DeadLetterPaths()
    /// Distinct `poison:` shares of task-queue producers (at most 7), drawn per message at first handling.
    var poisonShares: [Double] = []
    /// Per queue: per-key processing order, for queues that keyed producers feed (else nil).
    public internal(set) var keyOrders: [KeyOrder?] = []

    // Load.
    public internal(set) var producers: [ProducerState] = []
    var producerParams: [ProducerParams] = []

    // Stream and synchronous sides.
    public internal(set) var stream = StreamState()
    public internal(set) var sync = SyncState()

    // Read side.
    public internal(set) var feed = Deque<FeedEntry>()
    /// Lines ever appended (the feed itself is bounded), so an action can find the lines it wrote.
    var feedWritten = 0
    public internal(set) var transcript: [TranscriptEntry] = []
    /// Set when an invariant check failed (debug runs); the runner reports it as an internal error.
    public internal(set) var invariantFailure: String?
    /// Checks the queue identity of docs/report.md after every event (tests turn it on).
    public var checkInvariants = false
    /// Reference mode: the stream's closed form is advanced before every event, as it was before
    /// it became lazy, and the broker's memory is summed over every queue at every publish
    /// (no `memoryBound`). Tests compare the two; a run must not tell them apart.
    public var advanceEveryEvent = false

    public init(config: WorldConfig) {
        self.config = config
        // Streams first: workers starting at t=0 attach to a stream rather than subscribe to a queue.
        setUpStreamQueues()
        setUpTaskQueue()
        setUpCluster()
        setUpProducers()
        setUpStream()
        setUpSync()
        setUpTimeline()
    }

    /// The instant of the next pending event, or `.never`.
    public var nextEventTime: SimTime { events.nextTime }

    /// Runs every event due at or before `limit`, instant by instant, and leaves the clock at
    /// `limit` (or at the instant the world drained, when `stopWhenDrained`).
    /// The continuous parts (the stream's closed form) move only at their own events and when the
    /// call returns, so a task-queue event never pays for the stream.
    /// - Parameter look: bring the continuous parts up to the clock on return, for a reader. A
    ///   caller that advances in slices and reads nothing between them passes false, then `look()`s.
    /// - Returns: true when it stopped because the world drained.
    @discardableResult
    public mutating func advance(to limit: SimTime, stopWhenDrained: Bool = false, maxEvents: Int = .max,
                                 look: Bool = true) -> Bool {
        var handled = 0
        if stopWhenDrained && isDrained { return true }
        // Tested once per call, not per event: without topics there is no closed form to bring up
        // (`advanceContinuous` only sets the clock), and the checks after an event are for tests
        // and drained stops. The per-event scope, flag and counter work cost about 60 instructions
        // an event of M/M/5 before.
        let continuous = !stream.units.isEmpty
        let afterEach = checkInvariants || stopWhenDrained
        defer { eventCount += Int64(handled) }
        while handled < maxEvents, let (t, event) = events.popDue(by: limit) {
            if continuous && (advanceEveryEvent || Self.mayTouchStream(event)) { bringContinuousUp(for: event, to: t) }
            now = t
            handle(event)
            handled += 1
            if afterEach {
                if checkInvariants { verifyInvariants() }
                if stopWhenDrained && events.nextTime > now && drainedInPlace() { return true }
            }
        }
        if handled < maxEvents && limit > now && limit != .never { now = limit }
        if look { self.look() }
        return handled < maxEvents && stopWhenDrained && isDrained
    }

    /// The events whose `continuousScope` can be other than `.none`: every other event leaves the
    /// stream alone, and a call out of line to find that out cost the mixed file (10 queues beside
    /// 5 topics) 14 % over its two halves run alone.
    @inline(__always)
    static func mayTouchStream(_ event: SimEvent) -> Bool {
        switch event {
        case .timeline, .restart, .rampStep, .stream: return true
        default: return false
        }
    }

    /// The stream's closed form (the part of it `event` reads or changes) comes up to `t`.
    @inline(never)
    mutating func bringContinuousUp(for event: SimEvent, to t: SimTime) {
        switch continuousScope(event) {
        case .none:
            if advanceEveryEvent { advanceContinuous(to: t, observe: .substep) }
        case .all:
            advanceContinuous(to: t, observe: .model)
            markCutsStale()
        case .unit(let u):
            if advanceEveryEvent {
                for v in stream.units.indices where v != u { advanceUnit(v, to: t, observe: .substep) }
            }
            advanceUnit(u, to: t, observe: .model)
            stream.units[u].cutsStale = true
        }
    }

    /// Brings the continuous parts up to the clock for a reader (a report, a sample, a frame).
    /// Only a look: the world must pass through the same instants whether or not anyone looks.
    public mutating func look() {
        advanceContinuous(to: now, observe: .look)
        flushLatencies()
    }

    /// Counts the latencies recorded in batches (`LatencyRecorder.pending`), so that readers
    /// take percentiles straight from the histograms instead of from a flushed copy.
    mutating func flushLatencies() {
        for q in queues.indices where !queues[q].latency.pending.isEmpty { queues[q].latency.flush() }
        for s in sync.services.indices where !sync.services[s].latency.pending.isEmpty { sync.services[s].latency.flush() }
        for c in sync.callers.indices where !sync.callers[c].wait.pending.isEmpty { sync.callers[c].wait.flush() }
    }

    // Inlined into `advance`: out of line, its jump table cost a frame per event (18 instructions).
    @inline(__always)
    mutating func handle(_ event: SimEvent) {
        switch event {
        case .timeline(let i): runTimelineEntry(Int(i))
        case .arrival(let p, let gen): producerArrival(Int(p), generation: gen)
        case .backlog(let p): producerBacklog(Int(p))
        case .rampStep(let p): rampStep(Int(p))
        case .workerStart(let w, let gen): workerStart(Int(w), generation: gen)
        case .workDone(let w, let gen): workDone(Int(w), generation: gen)
        case .ackArrived(let w, let gen): ackArrived(Int(w), generation: gen)
        case .queueExpiry(let q): queueExpiry(Int(q))
        case .queueDispatch(let q):
            queues[Int(q)].dispatchPending = false
            dispatch(Int(q))
        case .memoryCheck: memoryCheck()
        case .pagingTick: pagingTick()
        case .brokerUp(let gen): brokerUp(generation: gen)
        case .quorumElected(let q, let gen): quorumElected(Int(q), generation: gen)
        case .streamQueueTick(let s): streamQueueTick(Int(s))
        case .restart(let target): restart(target.ref, scheduled: true)
        case .stream(let e): handleStream(e)
        case .sync(let e): handleSync(e)
        }
    }

    mutating func schedule(_ event: SimEvent, at t: SimTime, phase: EventPhase = .model) {
        events.schedule(event, at: t, phase: phase)
    }

    /// Adds a line to the event feed (bounded: the newest 500 stay). The severity is chosen
    /// here, where the line is written, so the screen never guesses it from the words.
    /// The same line twice at one instant is one line with a count.
    mutating func log(_ severity: FeedSeverity, _ text: String) {
        // The stream catches up lazily, so a line of its past can come after later task-queue
        // lines: it goes in at its own instant (after lines of the same instant).
        var i = feed.count
        while i > 0 && feed[i - 1].at > now { i -= 1 }
        if i > 0, feed[i - 1].at == now, feed[i - 1].text == text, feed[i - 1].severity == severity {
            feed[i - 1].count += 1
            return
        }
        feed.insert(FeedEntry(at: now, text: text, severity: severity), at: i)
        feedWritten += 1
        if feed.count > 500 { feed.removeFirst() }
    }
}

/// How a feed line reads: routine, good news, worth a look, or something broke.
public enum FeedSeverity: UInt8, Sendable, CaseIterable {
    case info, good, warning, bad
}

/// One line of the event feed: what happened, in plain words.
public struct FeedEntry: Sendable, Equatable {
    public var at: SimTime
    public var text: String
    public var severity: FeedSeverity
    /// How many times the same line was written at this instant.
    public var count = 1
    /// The scenario's `note:` for the timeline entry that caused this line: the author's gloss
    /// on the same event, so the event is one line.
    public var note: String?

    public init(at: SimTime, text: String, severity: FeedSeverity, count: Int = 1, note: String? = nil) {
        self.at = at; self.text = text; self.severity = severity; self.count = count; self.note = note
    }
}

/// Narration and questions as they happened in a run.
public struct TranscriptEntry: Sendable, Equatable {
    public enum Kind: String, Sendable { case say, ask, note }
    public var at: SimTime
    public var kind: Kind
    public var text: String
    public var choices: [String] = []
    public var answer: Int?
    public var why: String?
    /// For a question: the course chapter that teaches its answer.
    public var review: Int?
}
