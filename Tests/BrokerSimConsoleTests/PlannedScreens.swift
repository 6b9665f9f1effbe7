import BrokerSimConsole
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
@testable import BrokerSimConsoleSim

/// The golden screens are the console's: `SimulationSource` on the `RunPlan` of a file and
/// options (as `brokersim run FILE [--variant V] [--until T]` opens it), its panes played to
/// an instant without the pacer and drawn from its own frames, so a harness cannot decide
/// a run's world, stop, sample interval or expectations differently from the console.
extension SimulationSource {
    convenience init(_ nameOrPath: String, _ options: RunPlan.Options = RunPlan.Options()) throws {
        self.init(try RunPlan.load(nameOrPath, options))
    }

    /// Plays every pane to `t` (nil: to its end), passing the halts on the way as a user
    /// carrying on would; returns what holds the screen at `t` itself (a held caption, a question).
    @discardableResult
    func play(to t: SimTime?) -> [Prompt] {
        var prompts: [Prompt] = []
        for i in panes.indices {
            let target = t ?? panes[i].playback.end
            while true {
                panes[i].playback.advance(to: target)
                let halted = panes[i].playback.takeHalt()
                let p = panes[i].playback
                if halted, p.now == target {
                    for prompt in Prompt.due(in: p.world, at: p.now) where !prompts.contains(prompt) { prompts.append(prompt) }
                }
                if p.finished || p.now >= target || !halted { break }
            }
        }
        return prompts
    }

    func play(toSecond s: Int64) { play(to: SimTime(micros: s * 1_000_000)) }

    /// An action taken now, on every pane, as a key would.
    func inject(_ action: TimelineAction) { for i in panes.indices { panes[i].playback.inject(action) } }

    /// Every pane at its end.
    var allFinished: Bool { panes.allSatisfy(\.playback.finished) }
}
