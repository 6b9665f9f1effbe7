import BrokerSimCore
import BrokerSimScenario

/// Runs a scenario headless to its stop and builds its report.
public struct Runner: Sendable {
    public var seed: UInt64?
    public var until: SimDuration?
    public var variant: String?
    /// Check the queue identity after every event (tests).
    public var checkInvariants = false
    /// Called every `sliceEvents` events with how far the run is (the CLI draws a progress line).
    public var progress: (@Sendable (Progress) -> Void)?
    /// Events per slice of the run (between progress reports). The report must not depend on it:
    /// tests run the same file in slices of one event and of thousands and compare.
    public var sliceEvents = Runner.progressEvents
    /// The world's reference mode (`World.advanceEveryEvent`): tests compare its report with the lazy one.
    public var advanceEveryEvent = false

    public struct Progress: Sendable {
        public var now: SimTime
        public var end: SimTime
        public var events: Int64
        public var wallSeconds: Double
        public var variant: String?
    }

    /// Events between two progress reports: well under a millisecond of work in most runs, and a
    /// clock read per thousand events costs nothing measurable.
    public static let progressEvents = 1_000

    /// 30 simulated days: a `stop: drained` run that never drains ends here.
    public static let drainCap = SimDuration.secs(30 * 86_400)

    public init(seed: UInt64? = nil, until: SimDuration? = nil, variant: String? = nil) {
        self.seed = seed; self.until = until; self.variant = variant
        #if DEBUG
        // Debug builds (and so every test run) check the identities of docs/report.md after every event.
        checkInvariants = true
        #endif
    }

    public struct Outcome: Sendable {
        public var report: JSONValue
        /// Every expectation held and a `drained` run drained.
        public var passed: Bool
        /// Set when a `stop: drained` run hit the cap.
        public var neverDrained: Bool
        public var invariantFailure: String?
        public var variantName: String?
        /// The run's narration and questions; the world itself is not kept, so a file with many
        /// variants holds one world at a time, not one per variant.
        public var transcript: [TranscriptEntry]
        public var results: [ExpectationResult]
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case unknownVariant(String, known: [String])
        public var description: String {
            switch self {
            case .unknownVariant(let v, let known):
                return known.isEmpty
                    ? "unknown variant '\(v)': this scenario has no variants"
                    : "unknown variant '\(v)'; this scenario has: \(known.joined(separator: ", "))"
            }
        }
    }

    /// One run per variant (or one for a file without variants, or for `--variant`).
    public func run(_ scenario: Scenario) throws(Failure) -> [Outcome] {
        if let v = variant {
            guard let found = scenario.variants.first(where: { $0.name == v }) else {
                throw .unknownVariant(v, known: scenario.variants.map(\.name))
            }
            return [runOne(scenario.name, config: found.config, expectations: found.expectations, variant: found.name)]
        }
        if scenario.variants.isEmpty {
            return [runOne(scenario.name, config: scenario.config, expectations: scenario.expectations, variant: nil)]
        }
        return scenario.variants.map { runOne(scenario.name, config: $0.config, expectations: $0.expectations, variant: $0.name) }
    }

    public func runOne(_ name: String, config: WorldConfig, expectations: [Expectation], variant: String?) -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        var cfg = config
        if let seed { cfg.seed = seed }
        var world = World(config: cfg)
        // The checks walk every worker and partition after every event: on a world at the size
        // limits that is hours of a debug run, so only worlds of test size are checked.
        world.checkInvariants = checkInvariants && Self.checkable(cfg)
        world.advanceEveryEvent = advanceEveryEvent
        let drainedStop = cfg.stop == .drained
        let end: SimTime
        switch cfg.stop {
        case .drained: end = .zero + (until ?? Self.drainCap)
        case .after(let d): end = .zero + (until ?? d)
        }
        var results: [ExpectationResult?] = Array(repeating: nil, count: expectations.count)
        let timed = expectations.indices.filter { expectations[$0].at != nil }
            .sorted { (expectations[$0].at!, $0) < (expectations[$1].at!, $1) }
        var drained = false
        for i in timed {
            // An `at:` past the stop (or the drain) sees the state the run ended with.
            let at = min(expectations[i].at!, end)
            if !drained && at > world.now {
                drained = advance(&world, to: at, end: end, stopWhenDrained: drainedStop, since: started, variant: variant)
            }
            results[i] = ExpectationResult(expectations[i], report: Report.sections(world))
        }
        if !drained { drained = advance(&world, to: end, end: end, stopWhenDrained: drainedStop, since: started, variant: variant) }
        let finalSections = Report.sections(world)
        for i in expectations.indices where results[i] == nil {
            results[i] = ExpectationResult(expectations[i], report: finalSections)
        }
        let done = results.map { $0! }
        let wall = clock.now - started
        let wallSeconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
        let header = Report.Header(scenario: name, seed: cfg.seed, variant: variant, wallSeconds: wallSeconds)
        let report = Report.build(world, header: header, expectations: done)
        let neverDrained = drainedStop && !drained
        return Outcome(report: report, passed: !neverDrained && done.allSatisfy(\.passed), neverDrained: neverDrained,
                       invariantFailure: world.invariantFailure, variantName: variant, transcript: world.transcript,
                       results: done)
    }

    static func checkable(_ c: WorldConfig) -> Bool {
        let instances = c.workers.reduce(0) { $0 + $1.count } + c.groups.reduce(0) { $0 + $1.consumers }
        let partitions = c.groups.reduce(0) { $0 + c.topics[$1.topic].partitions }
        return instances + partitions + c.queues.count <= 20_000
    }

    /// `world.advance(to:)` in slices of events, reporting progress between them. A slice that ends
    /// part-way through an instant finishes that instant first (without the drained check), so the
    /// next slice asks "drained?" exactly where one uninterrupted advance would: the run is the
    /// same event for event whether anyone watches it or not.
    func advance(_ world: inout World, to limit: SimTime, end: SimTime, stopWhenDrained: Bool,
                 since started: ContinuousClock.Instant, variant: String?) -> Bool {
        // A slice's end is no reader (a progress line reads no entity): only the return looks,
        // so the run does not depend on where slices end, and its cost not on how many there are.
        while true {
            if world.advance(to: limit, stopWhenDrained: stopWhenDrained, maxEvents: max(1, sliceEvents), look: false) {
                world.look()
                return true
            }
            if world.now >= limit && world.nextEventTime > limit {
                world.look()
                return false
            }
            if world.nextEventTime == world.now { world.advance(to: world.now, maxEvents: .max, look: false) }
            if let progress {
                let wall = ContinuousClock.now - started
                let seconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
                progress(Progress(now: world.now, end: end, events: world.eventCount, wallSeconds: seconds, variant: variant))
            }
        }
    }

    /// The JSON of a whole run: one report, or `{scenario, seed, variants: {…}}` when a file with
    /// variants ran them all.
    public func combinedJSON(_ scenario: Scenario, _ outcomes: [Outcome]) -> JSONValue {
        if variant != nil || scenario.variants.isEmpty, let only = outcomes.first { return only.report }
        return .object([
            ("scenario", .string(scenario.name)),
            ("seed", .int(Int64(bitPattern: seed ?? scenario.config.seed))),
            ("variants", .object(outcomes.map { ($0.variantName ?? "", $0.report) })),
        ])
    }
}
