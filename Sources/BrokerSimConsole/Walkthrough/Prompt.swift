import BrokerSimCore

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

    /// The prompts of a world's timeline that hold a run halted at `t`, in
    /// timeline order (file order for ties): the questions about `t + askLead`,
    /// then the held captions said at `t`.
    public static func due(in world: World, at t: SimTime) -> [Prompt] {
        let asks = world.timeline.compactMap { e -> Prompt? in
            guard case .ask(let q, let choices, let answer, let why, let review) = e.action, e.at - askLead == t else { return nil }
            return .question(Question(at: e.at, text: q, choices: choices, answer: answer, why: why, review: review))
        }
        let held = world.timeline.compactMap { e -> Prompt? in
            guard case .say(let text, true) = e.action, e.at == t else { return nil }
            return .caption(at: t, text: text)
        }
        return asks + held
    }

    /// The instants a scenario's timeline holds the console at: just before
    /// each question's instant, and at each held caption's.
    public static func haltTimes(_ timeline: [TimelineEntry]) -> [SimTime] {
        timeline.compactMap { e in
            switch e.action {
            case .say(_, let wait) where wait: return e.at
            case .ask: return e.at - askLead
            default: return nil
            }
        }
    }
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
