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

    /// One run per variant (or one for a file without variants, or for `--variant`).
    public func run(_ scenario: Scenario) throws(RunPlan.Failure) -> [Outcome] {
        run(try RunPlan(scenario, RunPlan.Options(seed: seed, until: until, variant: variant)))
    }

    /// Every run of the plan, in its order.
    public func run(_ plan: RunPlan) -> [Outcome] { plan.runs.map { runOne(plan.scenario.name, $0) } }

    /// One world of a config, with `seed` and `until` applied (the benchmarks run one this way).
    public func runOne(_ name: String, config: WorldConfig, expectations: [Expectation], variant: String?) -> Outcome {
        var cfg = config
        if let seed { cfg.seed = seed }
        return runOne(name, RunPlan.Run(variant: variant, config: cfg, expectations: expectations, until: until))
    }

    public func runOne(_ name: String, _ run: RunPlan.Run) -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        var world = World(config: run.config)
        // The checks walk every worker and partition after every event: on a world at the size
        // limits that is hours of a debug run, so only worlds of test size are checked.
        world.checkInvariants = checkInvariants && Self.checkable(run.config)
        world.advanceEveryEvent = advanceEveryEvent
        var drained = false
        var checks: [JSONValue?] = []
        for t in run.checkTimes {
            if !drained {
                drained = advance(&world, to: t, end: run.end, stopWhenDrained: run.stopWhenDrained, since: started, variant: run.variant)
            }
            // Past a drain the final state answers, as it does in the console.
            checks.append(drained ? nil : Report.sections(world))
        }
        if !drained {
            drained = advance(&world, to: run.end, end: run.end, stopWhenDrained: run.stopWhenDrained, since: started, variant: run.variant)
        }
        let done = run.results(final: Report.sections(world), checks: checks)
        let wall = clock.now - started
        let wallSeconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
        let header = Report.Header(scenario: name, seed: run.config.seed, variant: run.variant, wallSeconds: wallSeconds)
        let report = Report.build(world, header: header, expectations: done)
        let neverDrained = run.stopWhenDrained && !drained
        return Outcome(report: report, passed: !neverDrained && done.allSatisfy(\.passed), neverDrained: neverDrained,
                       invariantFailure: world.invariantFailure, variantName: run.variant, transcript: world.transcript,
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
    public static func combinedJSON(_ plan: RunPlan, _ outcomes: [Outcome]) -> JSONValue {
        if plan.singleReport, let only = outcomes.first { return only.report }
        return .object([
            ("scenario", .string(plan.scenario.name)),
            ("seed", .int(Int64(bitPattern: plan.seed))),
            ("variants", .object(outcomes.map { ($0.variantName ?? "", $0.report) })),
        ])
    }
}
