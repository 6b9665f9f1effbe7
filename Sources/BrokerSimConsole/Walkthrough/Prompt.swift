import BrokerSimCore

/// Something on the timeline that holds the console until the user answers:
/// a `say:` with `wait: true` (presenter mode) or an `ask:` question.
public enum Prompt: Hashable, Sendable {
    /// Narration held on screen until a key.
    case caption(at: SimTime, text: String)
    case question(Question)

    /// The prompts of a world's timeline at `t`, in timeline order (file order
    /// for ties): what a run halted at `t` must show.
    public static func due(in world: World, at t: SimTime) -> [Prompt] {
        world.timeline.compactMap { e -> Prompt? in
            guard e.at == t else { return nil }
            switch e.action {
            case .say(let text, let wait) where wait: return .caption(at: t, text: text)
            case .ask(let q, let choices, let answer, let why):
                return .question(Question(at: t, text: q, choices: choices, answer: answer, why: why))
            default: return nil
            }
        }
    }

    /// The instants a scenario's timeline holds the console at.
    public static func haltTimes(_ timeline: [TimelineEntry]) -> [SimTime] {
        timeline.compactMap { e in
            switch e.action {
            case .say(_, let wait) where wait: return e.at
            case .ask: return e.at
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

    public init(at: SimTime = .zero, text: String, choices: [String], answer: Int, why: String) {
        self.at = at
        self.text = text
        self.choices = choices
        self.answer = answer
        self.why = why
    }
}
