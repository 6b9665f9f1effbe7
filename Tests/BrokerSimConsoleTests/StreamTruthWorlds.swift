import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// Every variant of the built-in scenarios that have a stream side, as (label, config, end).
enum StreamTruthWorlds {
    static let names = ["queue-vs-stream", "clickstream", "audit-down-three-days", "retention-cliff", "kafka-for-emails",
                        "rebalance", "hot-partition", "interview-drill"]

    static func variants(_ name: String) throws -> [(label: String, config: WorldConfig, end: SimTime)] {
        let sc = try ScenarioLoader.load(name)
        let all = sc.variants.isEmpty ? [(name, sc.config)] : sc.variants.map { ("\(name)/\($0.name)", $0.config) }
        return all.map { label, cfg in
            switch cfg.stop {
            case .after(let d): return (label, cfg, .zero + d)
            case .drained: return (label, cfg, .zero + .secs(600))
            }
        }
    }

    /// `n` instants spread over (0, end], never on a round number of milliseconds (frames land anywhere).
    static func instants(_ end: SimTime, _ n: Int) -> [SimTime] {
        (1...n).map { k in SimTime(micros: end.micros * Int64(k) / Int64(n) - (k < n ? 7_919 * Int64(k % 13) : 0)) }
    }
}
