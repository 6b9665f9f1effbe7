/// What a key asks to be done to a thing on screen (`c` crash, `r` restart, `s` slow, `]` `[`
/// scale or rate), naming it as the user does.
///
/// By name, not by position: with variants side by side it goes to every pane that has a thing
/// of that name, and only to those; a source that cannot act on things refuses the key first.
public struct Intervention: Hashable, Sendable {
    public enum Act: Hashable, Sendable {
        case crash
        case restart
        /// Work takes `factor` times as long (1: back to normal).
        case slow(factor: Double)
        /// The pool, group or service to this many instances.
        case scale(to: Int)
        /// The producer to this many messages per second.
        case rate(perSecond: Double)
    }

    /// The thing acted on, by the name the screen shows.
    public enum Target: Hashable, Sendable {
        /// A worker instance (`mailer-3`).
        case worker(String)
        /// A worker pool (`mailer`), for scaling.
        case pool(String)
        /// A service instance (`email-api-2`).
        case instance(String)
        case service(String)
        case group(String)
        /// A consumer of a group (`audit-1`).
        case member(String)
        case producer(String)
    }

    public var act: Act
    public var target: Target

    public init(_ act: Act, _ target: Target) {
        self.act = act
        self.target = target
    }
}
