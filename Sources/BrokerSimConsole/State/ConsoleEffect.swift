/// What the reducer asks the source behind the console to do; the reducer itself only
/// changes `ConsoleState`. A source carries out those its capabilities allow.
public enum ConsoleEffect: Equatable, Sendable {
    /// Move the clock by this many sample intervals (negative: back, by restoring
    /// a snapshot and replaying).
    case seek(samples: Int)
    /// Back to simulated time 0, keeping interactive actions on the timeline.
    case restartRun
    /// To the end (a simulation's stop, a recording's last read), stopping at a question.
    case seekToEnd
    /// Advance one sample interval (paused).
    case step
    /// Act on a thing now (crash, restart, slow, scale, rate).
    case intervene(Intervention)
    /// Take back the latest interactive action (`u`), or all of them (`U`).
    case undoLast
    case clearActions
    case writeScenario
    /// End this chapter of the course and open the next (`brokersim learn`).
    case nextChapter
    case quit
}
