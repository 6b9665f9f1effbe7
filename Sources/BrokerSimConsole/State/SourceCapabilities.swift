/// What the source behind the console can do; the keys, the hint line and the help offer
/// only that. A simulation can do everything; a live broker is read, not driven; a
/// recording of one can be paused, stepped, sped up and seeked.
public struct SourceCapabilities: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let pause = SourceCapabilities(rawValue: 1 << 0)
    public static let step = SourceCapabilities(rawValue: 1 << 1)
    public static let speed = SourceCapabilities(rawValue: 1 << 2)
    public static let seek = SourceCapabilities(rawValue: 1 << 3)
    /// Crash, restart, slow, scale, undo.
    public static let interventions = SourceCapabilities(rawValue: 1 << 4)
    public static let writeScenario = SourceCapabilities(rawValue: 1 << 5)
    /// Captions, questions, narration.
    public static let walkthrough = SourceCapabilities(rawValue: 1 << 6)
    public static let expectations = SourceCapabilities(rawValue: 1 << 7)

    public static let simulation: SourceCapabilities = [.pause, .step, .speed, .seek, .interventions, .writeScenario,
                                                        .walkthrough, .expectations]
    public static let live: SourceCapabilities = []
    public static let recording: SourceCapabilities = [.pause, .step, .speed, .seek]

    /// Whether the source can carry out `action` (selection, lists, help and quit always).
    public func allows(_ action: ConsoleAction) -> Bool {
        switch action {
        case .togglePause: return contains(.pause)
        case .step: return contains(.step)
        case .faster, .slower: return contains(.speed)
        case .seekBack, .seekForward, .restartRun, .seekToEnd: return contains(.seek)
        case .crashSelected, .restartSelected, .toggleSlowSelected, .moreSelected, .lessSelected, .undoLast, .clearActions:
            return contains(.interventions)
        case .writeScenario: return contains(.writeScenario)
        case .answer, .confirm, .toggleNarration: return contains(.walkthrough)
        default: return true
        }
    }
}

extension KeyMap {
    /// The bindings whose action the source can carry out, for the help.
    public func limited(to capabilities: SourceCapabilities) -> KeyMap {
        KeyMap(bindings.filter { capabilities.allows($0.action) })
    }
}
