/// Something the user asked the console to do, named for the intent rather than
/// the key, so bindings can change without touching the reducer.
public enum ConsoleAction: Hashable, Sendable {
    // The clock.
    case togglePause
    /// One sample interval forward while paused.
    case step
    case faster
    case slower
    case seekBack
    case seekForward
    /// Back to simulated time 0 (Home).
    case restartRun
    /// To the end of the run or recording (End), stopping at a question on the way.
    case seekToEnd

    // Selection.
    case selectPrevious
    case selectNext
    /// Next or previous panel (queues, topics, producers).
    case nextSection
    case previousSection
    case selectAt(x: Int, y: Int)
    /// `/`: type a name to show only the queues and topics that match.
    case startFilter
    /// A character of the filter, or the last one taken back (while `/` is open).
    case type(Character)
    case erase
    /// `o`: list queues and topics as declared, by name, by depth, by lag.
    case cycleOrder

    // What happens to the selected worker, consumer, group or producer; each
    // goes onto the run's timeline so a seek replays it.
    case crashSelected
    case restartSelected
    case toggleSlowSelected
    /// One more instance of a pool or group, or double a producer's rate.
    case moreSelected
    /// One instance fewer, or halve a producer's rate.
    case lessSelected

    /// Take back the latest action taken in the console, or all of them.
    case undoLast
    case clearActions

    /// Write the scenario plus the interactive actions to `NAME-live-N.yaml`.
    case writeScenario
    case toggleHelp
    /// A digit: the choice (1-based) for the open question, or a slow factor after `s` (`0` is 10×).
    case answer(Int)
    /// Enter or `n`: carry on after a caption or a revealed answer; on
    /// FINISHED in the course (`brokersim learn`), the next chapter.
    case confirm
    /// `N`: narration (the caption) on / off.
    case toggleNarration
    /// A key with no binding: it only continues a held caption ("press any key").
    case anyKey
    /// The scenario's title and `about:` text.
    case toggleInfo
    /// Close whatever overlay is open (Esc).
    case dismiss
    case resized
    case quit
}
