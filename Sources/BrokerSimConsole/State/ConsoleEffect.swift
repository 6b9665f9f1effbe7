import BrokerSimCore

/// What the reducer asks the run loop to do to the simulation or the outside
/// world; the reducer itself only changes `ConsoleState`.
public enum ConsoleEffect: Equatable, Sendable {
    /// Move the clock by this many sample intervals (negative: back, by restoring
    /// a snapshot and replaying).
    case seek(samples: Int)
    /// Back to simulated time 0, keeping interactive actions on the timeline.
    case restartRun
    /// Advance one sample interval (paused).
    case step
    /// Put an action on the timeline now.
    case inject(TimelineAction)
    /// Take back the latest interactive action (`u`), or all of them (`U`).
    case undoLast
    case clearActions
    case writeScenario
    /// End this chapter of the course and open the next (`brokersim learn`).
    case nextChapter
    case quit
}
