/// One line of the event feed: when it happened and what, in plain words.
public struct FeedLine: Hashable, Sendable {
    /// The simulated time as shown (`00:01:02.500`), formatted by the caller.
    public var time: String
    public var text: String
    public var role: Role

    public init(time: String, text: String, role: Role = .plain) {
        self.time = time
        self.text = text
        self.role = role
    }
}
