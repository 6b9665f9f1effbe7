import Testing
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// The broker's memory is summed over every queue only when an upper bound (the last sum plus
/// what entered queues since, less what acks took out) could pass the peak or the limit. The reference mode sums at
/// every publish: on random files with fanout, dead letters, requeues, crashes, a small broker
/// (alarms, paging, OOM kills) the two must report the same peak, kills and everything else.
@Suite("Memory peak against the reference")
struct MemoryPeakReferenceTests {
    static func randomFile(seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.below(UInt64(xs.count)))] }
        var y = "seed: \(seed)\nstop: \(pick([60, 120]))s\n"
        y += "broker: {memory: \(pick(["8MB", "16MB", "64MB"])), message_overhead: \(pick(["500B", "700B"]))}\n"
        y += "exchanges:\n  fan: {type: fanout, bind: [a, b]}\n"
        y += "queues:\n"
        y += "  a: {type: \(pick(["classic", "quorum"])), dead_letter: dlq\(pick(["", ", message_ttl: 2s", ", max_length: 3000"]))}\n"
        y += "  b: {\(pick(["", "max_length: 500, overflow: drop-head", "message_ttl: 5s, dead_letter: dlq"]))}\n"
        y += "  dlq: {}\n"
        y += "workers:\n"
        y += "  wa: {queue: a, count: \(rng.below(4) + 1), prefetch: \(pick([1, 10, 100])), work: exp(\(pick([2, 20, 80]))ms), "
            + "fail: \(pick(["0", "0.05", "0.3"])), on_fail: \(pick(["requeue", "dead-letter"]))}\n"
        y += "  wb: {queue: b, count: \(rng.below(3) + 1), prefetch: \(pick([1, 50])), work: exp(\(pick([5, 40]))ms)\(pick(["", ", ack: auto"]))}\n"
        y += "  wd: {queue: dlq, count: 1, work: \(pick([10, 100]))ms}\n"
        y += "producers:\n"
        y += "  pf: {to: fan, rate: \(pick([50, 400, 3000]))/s, size: \(pick(["1KB", "10KB", "exp(4KB)"]))}\n"
        y += "  pa: {to: a, rate: \(pick([20, 200]))/s, backlog: \(pick([0, 2000]))}\n"
        y += "timeline:\n"
        for _ in 0..<(Int(rng.below(4)) + 1) {
            y += "  - at: \(rng.below(100) + 1)s\n"
            switch rng.below(4) {
            case 0: y += "    crash: \(pick(["wa", "wb", "wd"]))-1\n    for: \(rng.below(20) + 1)s\n"
            case 1: y += "    broker: restart\n"
            case 2: y += "    burst: \(pick(["pf", "pa"]))\n    count: \(pick([100, 20000]))\n"
            default: y += "    rate: pf\n    to: \(pick([0, 5000]))/s\n"
            }
        }
        return y
    }

    static func report(_ cfg: WorldConfig, reference: Bool) -> String {
        var w = World(config: cfg)
        w.advanceEveryEvent = reference
        w.checkInvariants = true
        guard case .after(let d) = cfg.stop else { return "" }
        w.advance(to: .zero + d)
        #expect(w.invariantFailure == nil, "seed \(cfg.seed) reference \(reference): \(w.invariantFailure ?? "")")
        let header = Report.Header(scenario: "random", seed: cfg.seed, variant: nil, wallSeconds: 0)
        return Report.build(w, header: header, expectations: []).serialized()
            + "\nmemory peak \(w.broker.memoryPeak), oom kills \(w.broker.oomKills)"
    }

    @Test("the bounded memory check reports what summing at every publish reports", arguments: 1...16)
    func boundMatchesReference(seed: UInt64) throws {
        let text = Self.randomFile(seed: seed)
        let scenario = try ScenarioLoader.parse(text: text, file: "random.yaml", name: "random")
        let bounded = Self.report(scenario.config, reference: false)
        let reference = Self.report(scenario.config, reference: true)
        #expect(bounded.contains("memory peak ") && !bounded.contains("memory peak 0,"), "seed \(seed): nothing was measured\n\(text)")
        let a = bounded.split(separator: "\n"), b = reference.split(separator: "\n")
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(bounded == reference, "seed \(seed): first difference at line \(first?.offset ?? -1): \(first.map { "\($0.element.0) vs \($0.element.1)" } ?? "lengths")\n\(text)")
    }
}
