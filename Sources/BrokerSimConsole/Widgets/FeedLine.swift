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
}
