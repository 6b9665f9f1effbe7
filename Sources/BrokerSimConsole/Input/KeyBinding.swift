/// A key, the action it triggers, and the words the help overlay shows for it.
public struct KeyBinding: Hashable, Sendable {
    public enum Section: String, Hashable, Sendable, CaseIterable {
        case clock = "Clock"
        case selection = "Selection"
        case walkthrough = "Walkthroughs"
        case actions = "Act on the selection"
        case lists = "Long lists"
        case console = "Console"
    }

    public var keys: [Key]
    public var action: ConsoleAction
    public var help: String
    public var section: Section
    /// How the keys are written when not one by one (`1-9`).
    public var label: String?

    public init(_ keys: [Key], _ action: ConsoleAction, _ help: String, _ section: Section, label: String? = nil) {
        self.label = label
        self.keys = keys
        self.action = action
        self.help = help
        self.section = section
    }

    /// The keys as the help writes them (`+ =`, `← h`).
    public func keyLabel(_ g: GlyphSet) -> String { label ?? keys.map { $0.label(g) }.joined(separator: " ") }
}
