import BrokerSimCore
import BrokerSimScenario

/// How a scenario and the command line's options (`--seed`, `--variant`, `--until`, `--speed`)
/// become runs: which worlds, where each stops, which expectations are checked at which
/// instants, how fast the console starts. Built once; the headless runner, the console and
/// the golden screen tests all run what it says, so the report of `brokersim run FILE
/// --headless` and the console's finished screen of the same file and options agree.
public struct RunPlan: Sendable {
    public struct Options: Sendable, Equatable {
        public var seed: UInt64?
        /// A hard stop, earlier or later than the file's.
        public var until: SimDuration?
        /// One variant only; nil: every variant (or the file itself when it has none).
        public var variant: String?
        /// The console's start speed; nil: the scenario's `speed:`, else 1×.
        public var speed: Double?

        public init(seed: UInt64? = nil, until: SimDuration? = nil, variant: String? = nil, speed: Double? = nil) {
            self.seed = seed; self.until = until; self.variant = variant; self.speed = speed
        }
    }

    /// Why there is nothing to run.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The file's problems, one per line as FILE:LINE:COL: message.
        case scenario(ScenarioError)
        case unknownVariant(String, known: [String])

        public var description: String {
            switch self {
            case .scenario(let e): return e.description
            case .unknownVariant(let v, let known):
                return known.isEmpty
                    ? "unknown variant '\(v)': this scenario has no variants"
                    : "unknown variant '\(v)'; this scenario has: \(known.joined(separator: ", "))"
            }
        }
    }

    /// 30 simulated days: a `stop: drained` run that never drains ends here.
    public static let drainCap = SimDuration.secs(30 * 86_400)

    public let scenario: Scenario
    public let options: Options
    /// The variant asked for, or every variant in the file's order, or the file itself.
    public let runs: [Run]

    public init(_ scenario: Scenario, _ options: Options = Options()) throws(Failure) {
        self.scenario = scenario
        self.options = options
        var chosen: [(String?, WorldConfig, [Expectation])]
        if let v = options.variant {
            guard let found = scenario.variants.first(where: { $0.name == v }) else {
                throw .unknownVariant(v, known: scenario.variants.map(\.name))
            }
            chosen = [(found.name, found.config, found.expectations)]
        } else if scenario.variants.isEmpty {
            chosen = [(nil, scenario.config, scenario.expectations)]
        } else {
            chosen = scenario.variants.map { ($0.name, $0.config, $0.expectations) }
        }
        if let seed = options.seed { for i in chosen.indices { chosen[i].1.seed = seed } }
        runs = chosen.map { Run(variant: $0.0, config: $0.1, expectations: $0.2, until: options.until) }
    }

    /// A scenario file or a built-in name, with the options.
    public static func load(_ nameOrPath: String, _ options: Options = Options()) throws(Failure) -> RunPlan {
        let scenario: Scenario
        do { scenario = try ScenarioLoader.load(nameOrPath) } catch { throw .scenario(error) }
        return try RunPlan(scenario, options)
    }

    /// The seed the report names: `--seed`, else the file's.
    public var seed: UInt64 { options.seed ?? scenario.config.seed }
    /// One report, unwrapped (a file without variants, or `--variant`), rather than one per variant.
    public var singleReport: Bool { options.variant != nil || scenario.variants.isEmpty }
    /// The console's start speed (a multiple of real time).
    public var speed: Double { options.speed ?? scenario.speed ?? 1 }
    /// The runs' length when known before they run, which sets the console's sample interval
    /// (the first run's, so that every pane steps together).
    public var length: SimDuration? { runs[0].length }
}
