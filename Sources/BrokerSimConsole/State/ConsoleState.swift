/// What the console remembers between frames that is not the simulation:
/// the clock controls, the selection, the overlay, a status message.
public struct ConsoleState: Hashable, Sendable {
    public var paused: Bool
    public var speed: Speed
    public var showHelp = false
    public var showInfo = false
    public var selection: Selectable?
    /// A one-line message for the user ("wrote demo-live-1.yaml"), shown until the next key.
    public var message: String?
    /// Where selectables were drawn on the last screen (for clicks).
    public var hitAreas: [HitArea] = []
    /// What holds the console now, first shown first (`say … wait`, `ask`);
    /// the simulation does not advance while there is any.
    public var prompts: [Prompt] = []
    /// The choice picked for the shown question (0-based), once answered.
    public var pick: Int?
    /// True once the shown question's answer is revealed.
    public var revealed = false
    /// The answers given so far in this run, for the score on FINISHED.
    public var score = Score()
    /// False once `N` turned the narration (the caption) off.
    public var narration = true
    /// The panels' filter (`/`) and order (`o`).
    public var view = ViewOptions()
    /// True while `/` takes the filter's text.
    public var filtering = false
    /// Where each panel's list starts, as last drawn (the view moves it to keep the selection shown).
    public var scroll = PanelScroll()
    /// Set by `s`: the next key picks the slow factor for the selection.
    public var choosingSlow = false
    /// Where in the course this run is (`brokersim learn`), for the header.
    public var course: CourseMark?
    /// What the source behind the console can do: keys, hints and help offer only that.
    public var capabilities = SourceCapabilities.simulation
    /// How many sample intervals a seek moves.
    public static let seekSamples = 10
    /// How much `s` slows a worker or consumer down.
    public static let slowFactor = 5.0

    public init(paused: Bool = false, speed: Speed = .times(1), course: CourseMark? = nil) {
        self.paused = paused
        self.speed = speed
        self.course = course
    }

    /// True while a prompt holds the console.
    public var holding: Bool { !prompts.isEmpty }
    /// True when the simulation should not advance: paused or held.
    public var stopped: Bool { paused || holding }
}
