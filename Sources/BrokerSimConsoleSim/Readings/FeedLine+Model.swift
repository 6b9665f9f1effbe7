import BrokerSimConsole
import BrokerSimCore

extension FeedLine {
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
