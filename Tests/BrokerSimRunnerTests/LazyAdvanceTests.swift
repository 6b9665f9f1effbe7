import Testing
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// The stream's closed form advances only at its own events and when someone reads the world.
/// Advancing it before every event instead (the reference mode) must give the same report, on
/// random files mixing both sides with crashes, restarts, scaling, rate changes and bursts.
@Suite("Lazy advance")
struct LazyAdvanceTests {
    /// A random scenario file: task queues and topics side by side (seeded, so reproducible).
    static func randomFile(seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.below(UInt64(xs.count)))] }
        let queues = Int(rng.below(2)) + 1, topics = Int(rng.below(2)) + 1
        // A third of the two-topic files: t0's groups give up on failing records into t1, so a
        // group's event appends to another topic, which must advance with it. Drawn from a side
        // stream so the other files stay what they were. Groups that fail records, and every
        // group reading a dead-letter topic, fetch poll by poll (one poll per record when caught
        // up): these files run shorter and slower, or a debug run takes minutes per seed.
        var side = SplitMix64(seed: seed, stream: "dead-letter")
        let deadLetters = topics == 2 && side.below(3) == 0
        let stop = pick([90, 150, 240])
        var y = "seed: \(seed)\nstop: \(deadLetters ? 90 : stop)s\nqueues:\n"
        for q in 0..<queues { y += "  q\(q): {}\n" }
        y += "workers:\n"
        for q in 0..<queues {
            y += "  w\(q): {queue: q\(q), count: \(rng.below(4) + 1), prefetch: \(rng.below(5) + 1), work: exp(\(pick([5, 20, 60]))ms)}\n"
        }
        y += "topics:\n"
        for t in 0..<topics {
            y += "  t\(t): {partitions: \(rng.below(6) + 1), retention: \(pick(["40s", "2m", "1h"])), segment: \(pick(["5s", "20s"])), retention_check: 10s}\n"
        }
        y += "groups:\n"
        var groups: [String] = []
        func retry(_ t: Int) -> String {
            guard deadLetters, t == 0 else { return "" }
            let fail = side.below(2) == 0 ? "0.001" : "0.01", onFail = side.below(2) == 0 ? "skip" : "retry"
            return ", fail: \(fail), on_fail: \(onFail), retries: 1, dead_letter: t1"
        }
        for t in 0..<topics {
            for k in 0..<(Int(rng.below(2)) + 1) {
                let name = "g\(t)\(k)"
                groups.append(name)
                y += "  \(name): {topic: t\(t), consumers: \(rng.below(4) + 1), rate: \(pick([300, 900, 2500]))/s, "
                    + "commit: \(pick(["auto(5s)", "auto(1s)", "after-batch", "before-batch"])), "
                    + "assignor: \(pick(["range", "roundrobin", "cooperative-sticky"])), from: \(pick(["earliest", "latest"])), "
                    + "start: \(pick([0, 0, 7, 30]))s\(retry(t))}\n"
            }
        }
        y += "producers:\n"
        var producers: [String] = []
        for q in 0..<queues {
            producers.append("pq\(q)")
            y += "  pq\(q): {to: q\(q), rate: \(pick([20, 80, 200]))/s, backlog: \(pick([0, 50]))}\n"
        }
        for t in 0..<topics {
            producers.append("pt\(t)")
            let rate = pick([500, 1500, 3333])
            y += "  pt\(t): {to: t\(t), rate: \(deadLetters ? rate / 25 : rate)/s, \(pick(["key: users(1k)", "key: none"]))}\n"
        }
        let pools = (0..<queues).map { "w\($0)" }
        y += "timeline:\n"
        for _ in 0..<(Int(rng.below(6)) + 2) {
            y += "  - at: \(rng.below(200) + 1).\(rng.below(1000))s\n"
            switch rng.below(7) {
            case 0: y += "    crash: \(pick(groups))-1\n    for: \(rng.below(60) + 1)s\n"
            case 1: y += "    crash: \(pick(pools))-1\n"
            case 2: y += "    restart: \(pick(groups + pools))\n"
            case 3: y += "    scale: \(pick(groups))\n    count: \(rng.below(4) + 1)\n"
            case 4: y += "    scale: \(pick(pools))\n    count: \(rng.below(4) + 1)\n"
            case 5:
                let producer = pick(producers), to = pick([0, 100, 2000])
                let slow = deadLetters && producer.hasPrefix("pt")
                y += "    rate: \(producer)\n    to: \(slow ? to / 25 : to)/s\n    over: \(pick([0, 0, 10]))s\n"
            default: y += "    burst: \(pick(producers))\n    count: \(pick([10, 5000]))\n"
            }
        }
        return y
    }

    static func report(_ cfg: WorldConfig, everyEvent: Bool, reads: [SimTime]) -> String {
        var w = World(config: cfg)
        w.advanceEveryEvent = everyEvent
        // Both runs check the accounting identities after every event: agreeing is not enough.
        w.checkInvariants = true
        guard case .after(let d) = cfg.stop else { return "" }
        for r in reads { w.advance(to: r) }
        w.advance(to: .zero + d)
        #expect(w.invariantFailure == nil, "seed \(cfg.seed) every event \(everyEvent): \(w.invariantFailure ?? "")")
        let header = Report.Header(scenario: "random", seed: cfg.seed, variant: nil, wallSeconds: 0)
        let feed = w.feed.map { "\($0.at.micros) \($0.text)" }.joined(separator: "\n")
        return Report.build(w, header: header, expectations: []).serialized() + "\n" + feed
    }

    @Test("a run advanced lazily reports what one advanced at every event reports", arguments: 1...24)
    func lazyMatchesEveryEvent(seed: UInt64) throws {
        let text = Self.randomFile(seed: seed)
        let scenario = try ScenarioLoader.parse(text: text, file: "random.yaml", name: "random")
        // Reads (samples) at a few instants, the same for both runs.
        let reads = (1...7).map { SimTime(micros: Int64($0) * 13_333_337) }
        let lazy = Self.report(scenario.config, everyEvent: false, reads: reads)
        let eager = Self.report(scenario.config, everyEvent: true, reads: reads)
        let a = lazy.split(separator: "\n"), b = eager.split(separator: "\n")
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(lazy == eager, "seed \(seed): first difference at line \(first?.offset ?? -1): \(first.map { "\($0.element.0) vs \($0.element.1)" } ?? "lengths")\n\(text)")
    }
}
