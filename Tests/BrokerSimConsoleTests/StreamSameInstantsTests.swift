import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Testing

/// The console stops the world wherever a frame lands; a headless run stops only at its own
/// events. Both must pass through the same instants: the same feed, the same catch-up times.
@Suite("Stream: same instants live and headless")
struct StreamSameInstantsTests {
    @Test(arguments: StreamTruthWorlds.names)
    func framesDoNotMoveEvents(name: String) throws {
        for (label, cfg, end) in try StreamTruthWorlds.variants(name) {
            var headless = World(config: cfg)
            headless.advance(to: end)
            var live = World(config: cfg)
            // Frame-like stops: many, at odd instants, denser at the start where groups form.
            var stops = StreamTruthWorlds.instants(end, 1_500)
            stops += (1...400).map { SimTime(micros: Int64($0) * 33_337) }
            for t in stops.sorted() where t <= end { live.advance(to: t) }
            live.advance(to: end)
            let a = headless.feed.map { "\($0.at.micros) \($0.text)" }
            let b = live.feed.map { "\($0.at.micros) \($0.text)" }
            #expect(a == b, "\(label): first difference \(zip(a, b).first { $0 != $1 }.map { "\($0) vs \($1)" } ?? "lengths")")
            // The time index grows with changes of pace, never with records or steps.
            let marks = live.stream.topics.flatMap { $0.partitions.map(\.timeIndex.count) }.max() ?? 0
            #expect(marks <= 100, "\(label): \(marks) time marks on one partition")
            for g in cfg.groups.indices {
                #expect(headless.caughtUpAt(g) == live.caughtUpAt(g), "\(label) \(cfg.groups[g].name)")
                let a = headless.stream.groups[g].counters, b = live.stream.groups[g].counters
                #expect([a.skipped, a.lost, a.lostToRetention, a.rebalances, a.failed]
                        == [b.skipped, b.lost, b.lostToRetention, b.rebalances, b.failed], "\(label) \(cfg.groups[g].name)")
                // Closed-form steps cut elsewhere round elsewhere: within a poll per partition (SPEC §5).
                let slack = Int64(cfg.groups[g].maxPoll * cfg.topics[cfg.groups[g].topic].partitions)
                #expect(abs(a.processed - b.processed) <= slack, "\(label) \(cfg.groups[g].name)")
                #expect(abs(a.duplicates - b.duplicates) <= slack, "\(label) \(cfg.groups[g].name)")
                #expect(abs(headless.groupLag(g) - live.groupLag(g)) <= slack, "\(label) \(cfg.groups[g].name)")
            }
        }
    }
}
