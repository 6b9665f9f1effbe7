import BrokerSimConsole
import BrokerSimCore

/// A world being played in the console: advanced under a work budget, sampled
/// at a fixed simulated interval, with checkpoints so that a seek back restores
/// a copy of an earlier world and replays from there.
///
/// Determinism is what makes rewind real: the world only ever stops at clean
/// points (every event of an instant handled) before a sample, a checkpoint,
/// a probe or an interactive action, so the live run and any replay of it pass
/// through exactly the same states. Interactive actions are kept on a timeline
/// of their own and re-applied at their instants during replay.
public struct Playback: Sendable {
    public internal(set) var world: World
    public internal(set) var history: History
    /// The hard stop: the scenario's `stop`, `--until`, or the drain cap.
    public let end: SimTime
    public let stopWhenDrained: Bool
    /// True once the run reached `end` or drained.
    public internal(set) var finished = false
    /// Actions taken from the keyboard, in time order (ties: the order taken).
    public internal(set) var interactive: [TimelineEntry] = []
    /// Instants at which a copy of the world is kept for `at:` expectations.
    public let probeTimes: [SimTime]
    public internal(set) var probes: [World?]
    /// Instants at which the run stops for the user (an `ask:`, a `say:` with
    /// `wait: true`), sorted: `advance` stops there once and sets `halted`.
    public let haltTimes: [SimTime]
    /// Set when an advance stopped at a halt; read and cleared by `takeHalt()`.
    public internal(set) var halted = false
    var nextHalt = 0

    var nextInteractive = 0
    var nextSample = SimTime.zero
    var checkpoints: [Checkpoint] = []
    /// Samples between checkpoints; doubles when there are too many, so memory stays bounded.
    var checkpointEvery = 10
    var samplesSinceCheckpoint = 0
    static let maxCheckpoints = 160

    public var interval: SimDuration { history.interval }
    public var now: SimTime { world.now }

    public init(world: World, end: SimTime, stopWhenDrained: Bool, interval: SimDuration, probeTimes: [SimTime] = [],
                haltTimes: [SimTime] = []) {
        self.haltTimes = Array(Set(haltTimes)).sorted()
        self.world = world
        self.end = end
        self.stopWhenDrained = stopWhenDrained
        self.history = History(interval: interval)
        self.probeTimes = probeTimes.sorted()
        self.probes = Array(repeating: nil, count: probeTimes.count)
        checkpoints = [Checkpoint(world: world, history: history, nextInteractive: 0, nextSample: .zero)]
    }

    /// Advances toward `target` (capped at `end`) in chunks of `chunk` events,
    /// asking `keepGoing` between chunks whether the frame's budget allows more.
    /// - Returns: true when `target` (or the end) was reached.
    @discardableResult
    public mutating func advance(to target: SimTime, chunk: Int = 5_000, keepGoing: () -> Bool = { true }) -> Bool {
        let goal = min(target, end)
        // The world never runs backwards (a seek back restores a checkpoint): a target already
        // passed is reached, where the loop below would wait forever for a clean stop behind it.
        if goal < world.now { return true }
        while !finished {
            // Rates need the counters at the grid instants of the last second before the goal.
            let rateStop = RecentCounts.nextStop(after: world.now, toward: goal)
            let stop = min(goal, nextSample, nextInteractiveTime, nextProbeTime, nextHaltTime, rateStop)
            let drained = world.advance(to: stop, stopWhenDrained: stopWhenDrained, maxEvents: chunk)
            let clean = world.now == stop && world.nextEventTime > stop
            if drained || clean {
                arrived(drained: drained)
                if world.now >= goal || finished || halted { return true }
            } else if !keepGoing() {
                return false
            }
        }
        return true
    }

    /// Handles whatever is due at a clean point: interactive actions first (as
    /// scripted timeline entries come first in an instant), then the sample,
    /// then the checkpoint and probes.
    mutating func arrived(drained: Bool) {
        let t = world.now
        while nextInteractive < interactive.count && interactive[nextInteractive].at == t {
            world.inject(interactive[nextInteractive].action, note: interactive[nextInteractive].note)
            nextInteractive += 1
        }
        for (i, p) in probeTimes.enumerated() where p == t && probes[i] == nil { probes[i] = world }
        let grid = RecentCounts.isGridInstant(t)
        if nextHalt < haltTimes.count && haltTimes[nextHalt] == t {
            nextHalt += 1
            halted = true
        }
        if drained || t >= end {
            finished = true
            // The final state is always sampled, so the last sparkline column is the end.
            history.record(world, grid: grid, sample: history.lastSample != t)
            for (i, p) in probeTimes.enumerated() where p >= t && probes[i] == nil { probes[i] = world }
            return
        }
        history.record(world, grid: grid, sample: t == nextSample)
        if t == nextSample {
            nextSample = t + history.interval
            samplesSinceCheckpoint += 1
            if samplesSinceCheckpoint >= checkpointEvery { saveCheckpoint() }
        }
    }

    var nextInteractiveTime: SimTime {
        nextInteractive < interactive.count ? interactive[nextInteractive].at : .never
    }

    var nextHaltTime: SimTime { nextHalt < haltTimes.count ? haltTimes[nextHalt] : .never }

    /// True once after an advance stopped at a halt.
    public mutating func takeHalt() -> Bool {
        defer { halted = false }
        return halted
    }

    var nextProbeTime: SimTime {
        probeTimes.indices.first { probes[$0] == nil && probeTimes[$0] > world.now }.map { probeTimes[$0] } ?? .never
    }

    mutating func saveCheckpoint() {
        samplesSinceCheckpoint = 0
        checkpoints.append(Checkpoint(world: world, history: history, nextInteractive: nextInteractive, nextSample: nextSample))
        if checkpoints.count > Self.maxCheckpoints {
            // Keep the first (time 0) and every other one after it.
            checkpoints = checkpoints.enumerated().filter { $0.offset == 0 || $0.offset % 2 == 0 }.map(\.element)
            checkpointEvery *= 2
        }
    }
}
