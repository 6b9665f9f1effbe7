import BrokerSimCore

/// One line of the event feed: when it happened and what, in plain words.
public struct FeedLine: Hashable, Sendable {
    /// The simulated time as shown (`00:01:02.500`), formatted by the caller.
    public var time: String
    public var text: String
    public var role: Role
    /// Wrapped over several rows instead of cut (narration, meant to be read whole).
    public var wrap: Bool
    /// The scenario author's gloss on the same event, drawn dim after the text.
    public var note: String?

    public init(time: String, text: String, role: Role = .plain, wrap: Bool = false, note: String? = nil) {
        self.time = time
        self.text = text
        self.role = role
        self.wrap = wrap
        self.note = note
    }

    /// The colour a model line's severity asks for: chosen where the line was written,
    /// never guessed from its words (a group named `downstream` stays plain).
    public static func role(_ s: FeedSeverity) -> Role {
        switch s {
        case .info: return .plain
        case .good: return .ok
        case .warning: return .warn
        case .bad: return .alarm
        }
    }

    /// A model line as the feed shows it: `(×4)` when it happened that many times at once.
    public init(_ e: FeedEntry) {
        self.init(time: ClockText.clock(e.at), text: e.count > 1 ? "\(e.text) (×\(e.count))" : e.text,
                  role: Self.role(e.severity), note: e.note)
    }
}
