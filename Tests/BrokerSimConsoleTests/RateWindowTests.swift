import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Testing

/// Finding 13 and the rates on every panel: a rate is measured over about the last second of
/// simulated time, not over a sparkline sample (1/200 of the run: 18 s for an hour, an hour for
/// 8 days), so a line whose producer sends never reads `in 0/s`.
@Suite("Rates over the last second")
struct RateWindowTests {
    static let all = ["audit-down-three-days", "clickstream", "expiring-offers", "fair-dispatch", "fanout-vs-shared-queue",
                      "hot-partition", "interview-drill", "kafka-for-emails", "overflow", "password-resets", "poison-message",
                      "queue-vs-stream", "rabbit-for-clickstream", "rebalance", "retention-cliff", "sync-trap", "worker-crash"]

    static func variants(_ name: String) throws -> [(String, WorldConfig, SimTime)] {
        let sc = try ScenarioLoader.load(name)
        let all = sc.variants.isEmpty ? [(name, sc.config)] : sc.variants.map { ("\(name)/\($0.name)", $0.config) }
        return all.map { label, cfg in
            switch cfg.stop {
            case .after(let d): return (label, cfg, .zero + d)
            case .drained: return (label, cfg, .zero + .secs(20))
            }
        }
    }

    /// At the first instant, after 0.3 s, in the first sample interval and at a few more
    /// instants: every topic and directly fed queue with a producer sending at 20/s or more
    /// shows a rate above zero, on the reading and on the screen.
    @Test(arguments: all)
    func noZeroRateWhileAProducerSends(name: String) throws {
        for (label, cfg, end) in try Self.variants(name) {
            var p = Playback(world: World(config: cfg), end: end, stopWhenDrained: false,
                             interval: History.interval(forRunLength: end - .zero))
            let span = end.micros
            let instants: [SimTime] = [SimTime(micros: 300_000), SimTime(micros: min(25_000_000, span / 3)),
                                       SimTime(micros: span / 2), SimTime(micros: span / 10 * 9)]
            for t in instants.sorted() where t < end {
                p.advance(to: t)
                let w = p.world
                let f = Frame(world: w, history: p.history, title: label)
                var s = ConsoleState()
                s.paused = true
                let text = ConsoleView.render(state: s, frame: f, size: GridSize(width: 200, height: 60), glyphs: .unicode)
                    .grid.lines
                for (i, pc) in cfg.producers.enumerated() where w.producers[i].rate >= 20 && w.producers[i].blockedSince == nil {
                    let at = "\(label) \(pc.name) at \(ClockText.clock(w.now))"
                    switch pc.target {
                    case .topic(let t):
                        #expect(f.topics[t].inRate > 0, "\(at): topic \(cfg.topics[t].name) in 0/s")
                        let line = text.first { $0.contains(cfg.topics[t].name) && $0.contains("partition") } ?? ""
                        #expect(!line.contains("in 0/s"), "\(at): \(line)")
                    case .queue(let q):
                        guard w.broker.up else { continue }
                        #expect(f.queues[q].inRate > 0, "\(at): queue \(cfg.queues[q].name) in 0/s")
                    default: continue
                    }
                }
            }
        }
    }

    /// A topic fed at 1M/s reads about 1.0M/s within its first second and an hour in, although
    /// the sparklines of an 8-day run sample once an hour.
    @Test func aFastTopicShowsItsRateFromTheStart() throws {
        let (_, cfg, end) = try Self.variants("clickstream")[0]
        var p = Playback(world: World(config: cfg), end: end, stopWhenDrained: false,
                         interval: History.interval(forRunLength: end - .zero))
        #expect(p.interval >= .secs(3_600))
        for t: SimTime in [.zero, SimTime(micros: 100_000), .zero + .secs(1_800), .zero + .secs(3_601)] {
            p.advance(to: t)
            let rate = Frame(world: p.world, history: p.history, title: "").topics[0].inRate
            #expect(abs(rate - 1_000_000) < 20_000, "at \(t): \(rate)")
        }
    }

    /// Live (frame after frame) and after a seek, the rate read at an instant is the same.
    @Test func theSameRateLiveAndAfterASeek() throws {
        let (_, cfg, end) = try Self.variants("queue-vs-stream")[0]
        var live = Playback(world: World(config: cfg), end: end, stopWhenDrained: false, interval: .secs(2))
        var t = SimTime.zero
        while t < .zero + .secs(40) { t = t + SimDuration(micros: 33_333); live.advance(to: t) }
        var seeker = Playback(world: World(config: cfg), end: end, stopWhenDrained: false, interval: .secs(2))
        seeker.seek(to: .zero + .secs(100))
        seeker.seek(to: t)
        let a = Frame(world: live.world, history: live.history, title: "")
        let b = Frame(world: seeker.world, history: seeker.history, title: "")
        #expect(a.queues.map(\.inRate) == b.queues.map(\.inRate))
        #expect(a.queues.map(\.outRate) == b.queues.map(\.outRate))
        #expect(a.topics.map(\.inRate) == b.topics.map(\.inRate))
    }
}
