import BrokerSimConsole
import BrokerSimCore

extension Playback {
    /// Moves the clock to `target` (clamped to 0 … end): forward by advancing,
    /// back by restoring the latest checkpoint not after it and replaying.
    public mutating func seek(to target: SimTime) {
        let t = max(.zero, min(target, end))
        if t < world.now {
            // Far enough back that the replay reads every instant the rates and the drain
            // estimate at `t` measure from, as the first pass did.
            restore(atOrBefore: t, replayingFrom: t - RecentCounts.drainLookback)
        }
        advance(to: t)
    }

    /// Back to time 0, interactive actions kept (they replay at their instants).
    public mutating func restart() { restore(atOrBefore: .zero) }

    /// One sample interval forward (paused stepping).
    public mutating func step() { advance(to: nextSample) }

    /// Applies an action now and keeps it on the interactive timeline, so a
    /// replay from an earlier checkpoint repeats it at this instant.
    ///
    /// Checkpoints and probes after this instant described a future without
    /// it: they are dropped.
    public mutating func inject(_ action: TimelineAction, note: String? = nil) {
        guard !finished else { return }
        // Finish the current instant first, as a replay would before applying it.
        world.advance(to: world.now, stopWhenDrained: false)
        let t = world.now
        let entry = TimelineEntry(at: t, action: action, note: note)
        let at = interactive.firstIndex { $0.at > t } ?? interactive.count
        interactive.insert(entry, at: at)
        nextInteractive = at + 1
        world.inject(action, note: note)
        checkpoints.removeAll { $0.world.now >= t && $0.world.now > .zero }
        for (i, p) in probeTimes.enumerated() where p >= t { probes[i] = nil }
    }

    /// Takes back the latest interactive action (by time; on a tie the last taken) and replays
    /// to where the clock was, as if it had never been taken.
    /// - Returns: the action taken back, or nil when there was none.
    @discardableResult
    public mutating func undoLast() -> TimelineEntry? {
        guard let last = interactive.last else { return nil }
        retract(from: interactive.count - 1)
        return last
    }

    /// Takes back every interactive action. - Returns: how many there were.
    @discardableResult
    public mutating func clearInteractive() -> Int {
        let n = interactive.count
        if n > 0 { retract(from: 0) }
        return n
    }

    /// Drops interactive actions `i…` and replays from just before the first of them to
    /// the current instant. Questions on the way are not asked again: they were answered.
    mutating func retract(from i: Int) {
        let back = world.now
        let first = interactive[i].at
        restore(atOrBefore: SimTime(micros: first.micros - 1), replayingFrom: back - RecentCounts.drainLookback)
        interactive.removeSubrange(i...)
        for (k, p) in probeTimes.enumerated() where p >= first { probes[k] = nil }
        nextHalt = haltTimes.firstIndex { $0 > back } ?? haltTimes.count
        advance(to: back)
    }

    /// Back to the newest checkpoint at or before `t` and `replayingFrom` (where the replay must
    /// start for the numbers it shows at an instant to be the first pass's), ready to replay to `t`.
    mutating func restore(atOrBefore t: SimTime, replayingFrom start: SimTime? = nil) {
        let c = checkpoints.last { $0.world.now <= min(t, start ?? t) } ?? checkpoints[0]
        world = c.world
        history = c.history
        nextInteractive = c.nextInteractive
        nextSample = c.nextSample
        samplesSinceCheckpoint = 0
        finished = false
        // Halts from `t` on stop the replay again: seeking back past a question
        // asks it again; a seek that lands after it does not.
        nextHalt = haltTimes.firstIndex { $0 >= t } ?? haltTimes.count
        halted = false
        // Later checkpoints are made again by the replay, in order.
        checkpoints.removeAll { $0.world.now > c.world.now }
    }
}
