import BrokerSimConsole
import BrokerSimCore

/// An action in a few words for the hint line (`crash mailer-3`, `slow audit-1 5x`).
public enum ActionText {
    public static func describe(_ action: TimelineAction, _ cfg: WorldConfig) -> String {
        let name = { (ref: EntityRef) in LiveScenarioWriter.name(ref, cfg) }
        switch action {
        case .crash(let ref, _): return "crash \(name(ref))"
        case .restart(let ref): return "restart \(name(ref))"
        case .slow(let ref, let f): return f == 1 ? "\(name(ref)) back to normal" : "slow \(name(ref)) \(LiveScenarioWriter.number(f))x"
        case .scale(let ref, let n): return "scale \(name(ref)) to \(n)"
        case .rate(let p, let to, _): return "\(cfg.producers[p].name) rate \(LiveScenarioWriter.number(to))/s"
        case .burst(let p, let n): return "burst of \(n) from \(cfg.producers[p].name)"
        case .brokerRestart: return "broker restart"
        case .say, .ask: return "narration"
        }
    }
}
