/// Narration shown as a caption: when it was said and what.
public struct Caption: Hashable, Sendable {
    /// The simulated time as shown (`00:00:20.000`).
    public var time: String
    public var text: String
    /// True once the run was changed from the keyboard (a crash, a scale, …):
    /// the narration was written for the scripted run and may no longer fit.
    public var scripted = false

    public init(time: String, text: String, scripted: Bool = false) {
        self.time = time
        self.text = text
        self.scripted = scripted
    }

    /// What the caption box shows: the text, marked when it may no longer fit the run.
    public var shown: String { scripted ? "scripted · " + text : text }
}
