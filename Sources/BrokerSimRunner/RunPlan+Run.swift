import BrokerSimCore
import BrokerSimScenario

extension RunPlan {
    /// One run: the scenario itself, or one of its variants.
    public struct Run: Sendable {
        public let variant: String?
        /// The world's config, `--seed` applied.
        public let config: WorldConfig
        public let expectations: [Expectation]
        /// The hard stop: `--until`, else the file's `stop` duration, else (`stop: drained`) the drain cap.
        public let end: SimTime
        /// Known before the run for `stop: 90s` or `--until`; nil for `stop: drained` alone.
        public let length: SimDuration?
        /// The instants at which `at:` expectations are checked, in order: each `at`, or the
        /// end when the run stops before it (a run that drained earlier shows its final state).
        public let checkTimes: [SimTime]

        public init(variant: String?, config: WorldConfig, expectations: [Expectation], until: SimDuration?) {
            self.variant = variant
            self.config = config
            self.expectations = expectations
            switch config.stop {
            case .after(let d): length = until ?? d
            case .drained: length = until
            }
            let end = SimTime.zero + (length ?? RunPlan.drainCap)
            self.end = end
            checkTimes = Array(Set(expectations.compactMap { $0.at.map { min($0, end) } })).sorted()
        }

        public var stopWhenDrained: Bool { config.stop == .drained }

        /// Each expectation, in the file's order, against the report of its instant:
        /// `checks[i]` is the report's sections at `checkTimes[i]` (nil when the run stopped
        /// before it), `final` those at the end.
        public func results(final: JSONValue, checks: [JSONValue?]) -> [ExpectationResult] {
            expectations.map { e in
                guard let at = e.at, let i = checkTimes.firstIndex(of: min(at, end)), let report = checks[i] else {
                    return ExpectationResult(e, report: final)
                }
                return ExpectationResult(e, report: report)
            }
        }
    }
}
