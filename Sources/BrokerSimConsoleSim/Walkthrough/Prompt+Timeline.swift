import BrokerSimConsole
import BrokerSimCore

extension Prompt {
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
