import BrokerSimUnits

/// Something on the timeline that holds the console until the user answers:
/// a `say:` with `wait: true` (presenter mode) or an `ask:` question.
public enum Prompt: Hashable, Sendable {
    /// Narration held on screen until a key.
    case caption(at: SimTime, text: String)
    case question(Question)

    /// A question is about what happens at its own `at:`; the run stops one
    /// microsecond before that, so nothing of it is on screen while the class
    /// predicts, and carrying on after the reveal runs it.
    public static let askLead = SimDuration(micros: 1)
}

/// A predict-then-reveal question: the choices, the right one (0-based) and why.
public struct Question: Hashable, Sendable {
    public var at: SimTime
    public var text: String
    public var choices: [String]
    public var answer: Int
    public var why: String
    /// The course chapter that teaches the answer, for the score's "review chapters …".
    public var review: Int?

    public init(at: SimTime = .zero, text: String, choices: [String], answer: Int, why: String, review: Int? = nil) {
        self.review = review
        self.at = at
        self.text = text
        self.choices = choices
        self.answer = answer
        self.why = why
    }
}
