import BrokerSimCore
import BrokerSimRabbitMQ
import Foundation

/// Runs a plan against a real broker: declares, starts the producers and workers on their own
/// threads, carries out the timeline, watches the queues every tick and stops when the run
/// drained (or at `stop: after`), then deletes what it declared unless asked to keep it.
public final class Driver {
    public let plan: DrivePlan
    let login: AMQPLogin
    /// The broker's management API, read once a second during the run (nil: not read).
    let management: ManagementClient?
    let keep: Bool
    var clock: DriveClock
    let board: DriveBoard
    let admin: AMQPConnection
    /// The driver's view of each worker slot: ordered to run, and its thread not yet gone.
    var live: [Bool]
    /// Down after a crash, to come back on a restart.
    var crashed: [Bool]
    var pending: [(atNanos: UInt64, action: Pending)] = []
    var timelineDone = 0
    var declaredQueues: [String] = []
    var declaredExchanges: [String] = []
    var quietTicks = 0
    var drainSeenNanos: UInt64 = 0
    /// Queues some queue dead-letters into.
    let deadLetterTargets: Set<Int>

    enum Pending { case start(Int), restart(EntityRef) }

    /// How often the driver looks at the queues and the clock.
    static let tickMillis: UInt32 = 50

    /// Connects and declares everything; on a failure, deletes what was declared and throws.
    public init(plan: DrivePlan, login: AMQPLogin, keep: Bool, management: ManagementClient? = nil) throws(AMQPError) {
        self.plan = plan; self.login = login; self.keep = keep; self.management = management
        admin = try AMQPConnection(login)
        clock = DriveClock(speed: plan.speed)
        board = DriveBoard(plan: plan, startNanos: clock.startNanos)
        deadLetterTargets = Set(plan.config.queues.indices.flatMap { DriveRoutes.deadLetterQueues(of: $0, plan.config) })
        live = Array(repeating: false, count: plan.slots.count)
        crashed = live
        do {
            for q in plan.queues {
                try admin.declareQueue(q)
                declaredQueues.append(q.name)
            }
            for x in plan.exchanges {
                try admin.declareExchange(x.name, type: x.type, durable: x.durable)
                declaredExchanges.append(x.name)
                for b in x.bindings { try admin.bind(queue: b.queue, exchange: x.name, key: b.key) }
            }
        } catch {
            cleanUp()
            throw AMQPError("cannot declare the scenario's queues: \(error.message)")
        }
    }

    /// Deletes what this run declared (unless `keep`) and closes the admin connection.
    public func cleanUp() {
        if !keep {
            for x in declaredExchanges.reversed() { try? admin.deleteExchange(x) }
            for q in declaredQueues.reversed() { try? admin.deleteQueue(q) }
        }
        declaredQueues = []
        declaredExchanges = []
        admin.close()
    }

    public enum End: Sendable, Equatable { case drained, stopped, neverDrained, interrupted }

    /// Runs until the end; `tick` is called every tick with the readings so far (the console
    /// draws them); `interrupted` is asked every tick (Ctrl-C). Throws when a thread failed.
    public func run(limitSeconds: Double, interrupted: () -> Bool,
                    tick: (DriveReading) -> Void = { _ in }) throws(AMQPError) -> DriveResult {
        start()
        if let management { ManagementPoller.start(ManagementPoller(client: management, plan: plan, vhost: login.vhost, board: board)) }
        defer { board.state.withLock { $0.stopPolling = true } }
        var end = End.stopped
        let limitNanos = clock.startNanos + UInt64(limitSeconds * 1e9)
        while true {
            usleep(Self.tickMillis * 1000)
            let now = clock.nanos()
            if interrupted() { end = .interrupted; break }
            runDue(now)
            let state = readQueues()
            if let failure = state.failure { stopAll(); throw AMQPError(failure) }
            tick(reading(state, now))
            if case .after(let d) = plan.config.stop {
                if now >= clock.startNanos + UInt64(plan.wall(d) * 1e9) { end = .stopped; break }
            } else if drained(state) {
                if quietTicks == 0 { drainSeenNanos = now }
                quietTicks += 1
                if quietTicks >= 2 { end = .drained; break }
            } else {
                quietTicks = 0
            }
            if now >= limitNanos { end = .neverDrained; break }
        }
        // Drained: the last ack or reject; a run where no worker settled anything (everything
        // expired, say) drained when that was first seen.
        let lastSettle = board.snapshot().lastSettleNanos
        let endNanos = end == .drained ? (lastSettle > clock.startNanos ? lastSettle : drainSeenNanos) : clock.nanos()
        stopAll()
        let state = readQueues()
        return DriveResult(plan: plan, login: login, end: end, state: state, seconds: clock.scenarioSeconds(endNanos),
                           wallSeconds: Double(endNanos - clock.startNanos) / 1e9,
                           management: management.map { ($0.endpoint.display, state.managementReads, state.managementError) })
    }

    /// Workers first, producers once every worker due at 0 s has subscribed (up to 10 s): a
    /// backlog published before the consumers are there would all go to the first one to
    /// subscribe with unlimited prefetch, which is not the scenario. The clock starts then.
    func start() {
        var first: [Int] = []
        for (i, s) in plan.slots.enumerated() where s.startsLive && plan.config.workers[s.pool].start == .zero {
            startWorker(i)
            first.append(i)
        }
        let deadline = clock.nanos() + 10_000_000_000
        while clock.nanos() < deadline && !board.state.withLock({ b in first.allSatisfy { b.workers[$0].subscribed } }) {
            usleep(2_000)
        }
        clock = DriveClock(speed: plan.speed)
        for p in plan.config.producers.indices {
            ProducerThread.start(ProducerThread(index: p, plan: plan, login: login, board: board, clock: clock,
                                                targets: DriveRoutes.queues(of: p, plan.config)))
        }
        for (i, s) in plan.slots.enumerated() where s.startsLive && !first.contains(i) {
            pending.append((clock.startNanos + UInt64(plan.wall(plan.config.workers[s.pool].start) * 1e9), .start(i)))
        }
    }

    func startWorker(_ slot: Int) {
        live[slot] = true
        board.state.withLock { $0.orders[slot] = .run; $0.workers[slot].connected = true }
        WorkerThread.start(WorkerThread(slot: slot, plan: plan, login: login, board: board, clock: clock))
    }

    /// Producers told to stop, workers retired (a drained run holds nothing unacked); waits up
    /// to 15 s for their threads to close their connections.
    func stopAll() {
        board.state.withLock { b in
            for p in b.producers.indices { b.producers[p].stop = true }
            for w in b.orders.indices { b.orders[w] = .retire }
        }
        let deadline = clock.nanos() + 15_000_000_000
        while clock.nanos() < deadline {
            let busy = board.state.withLock { b in b.workers.contains(where: \.connected) || b.producers.contains { !$0.finished } }
            if !busy { break }
            usleep(20_000)
        }
    }

    /// Ready counts from the broker into the board, unacked as the pane shows it, and the
    /// peaks; returns the whole state.
    func readQueues() -> DriveBoard.State {
        var ready: [Int64] = []
        for q in plan.config.queues.indices { ready.append((try? admin.ready(plan.queueName(q))) ?? -1) }
        return board.state.withLock { b in
            for (q, r) in ready.enumerated() where r >= 0 {
                b.queues[q].ready = r
                b.queues[q].peakReady = max(b.queues[q].peakReady, r)
            }
            let outcomes = DriveResult.outcomes(plan, b)
            for q in plan.config.queues.indices {
                b.queues[q].unacked = unacked(q, b, arrivals: outcomes[q].arrivals)
                b.queues[q].peakDepth = max(b.queues[q].peakDepth, max(0, b.queues[q].ready) + b.queues[q].unacked)
            }
            return b
        }
    }

    /// docs/drive.md, "Ready, unacked and depth": what the broker holds delivered and not acked.
    /// A worker counts a delivery only when it takes it from its socket; with a large prefetch
    /// the broker has sent more. On a queue that removes nothing by itself, the broker holds
    /// exactly what it confirmed (and was sent as dead letters) less what was settled: what is
    /// not ready of that is unacked. On other queues that is only a bound, and the broker's own
    /// (older) count from the management API is taken within it.
    func unacked(_ q: Int, _ b: DriveBoard.State, arrivals: Int64) -> Int64 {
        let held = DriveResult.heldBy(plan, b, queue: q)
        let pools = plan.config.workers.filter { $0.queue == q }
        // Auto-ack: the broker forgets a message as it sends it.
        guard pools.contains(where: { $0.ack == .manual }) else { return held }
        let t = b.queues[q]
        let bound = max(0, t.published + arrivals - t.acked - t.rejectedOut - t.failedAuto - max(0, t.ready))
        if plan.queues[q].discardsNothing { return max(held, bound) }
        return max(held, min(t.brokerUnacked ?? held, bound))
    }

    /// docs/drive.md: nothing left on the timeline, every producer done and confirmed, every
    /// queue with a live worker empty with nothing held.
    func drained(_ b: DriveBoard.State) -> Bool {
        guard timelineDone == plan.config.timeline.count, pending.isEmpty else { return false }
        guard b.producers.allSatisfy({ $0.finished }) else { return false }
        for (q, t) in b.queues.enumerated() {
            let slots = plan.slots.indices.filter { plan.queueIndex(ofPool: plan.slots[$0].pool) == q && live[$0] }
            if slots.isEmpty { continue }
            if t.ready != 0 || slots.contains(where: { b.workers[$0].held > 0 }) { return false }
            // A queue that discards nothing settles every message it was given: this also covers
            // a delivery still on its way to a worker's socket. (A dead-letter target's arrivals are
            // not counted by anyone: its ready and held counts say it alone.)
            if plan.queues[q].discardsNothing && !deadLetterTargets.contains(q)
                && t.published != t.acked + t.rejectedOut + t.failedAuto { return false }
        }
        return true
    }
}
