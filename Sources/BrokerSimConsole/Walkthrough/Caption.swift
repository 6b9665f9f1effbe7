/// Narration shown as a caption: when it was said and what.
public struct Caption: Hashable, Sendable {
    /// The simulated time as shown (`00:00:20.000`).
    public var time: String
    public var text: String

    public init(time: String, text: String) {
        self.time = time
        self.text = text
    }
}
