import Testing
@testable import BrokerSimCore

/// Random timelines (fixed seeds): the closed form agrees with poll-by-poll, the group
/// accounting of SPEC §4 holds after every event, and runs are deterministic.
@Suite("Stream properties")
struct StreamPropertyTests {
    static let maxPoll = 50
    static let partitions = 3

    /// A world with one topic, two groups (auto, and after- or before-batch commit) and a random timeline.
    static func randomWorld(seed: UInt64, pollByPoll: Bool) -> (World, crashes: Int) {
        var rng = SplitMix64(seed: seed)
        let topic = StreamWorlds.topic(partitions: partitions) {
            $0.retention = .secs(60); $0.segmentTime = .secs(10); $0.retentionCheck = .secs(20)
        }
        let assignors: [Assignor] = [.range, .roundrobin, .cooperativeSticky]
        let assignor = assignors[Int(rng.below(3))]
        let g0 = StreamWorlds.group("a", consumers: 2, rate: 400, maxPoll: maxPoll) {
            $0.assignor = assignor; $0.from = .earliest
        }
        // b commits after each batch on odd seeds, before each batch (one batch ahead of the
        // position) on even ones; not drawn, so each seed keeps its timeline.
        let commit: CommitMode = seed % 2 == 1 ? .afterBatch : .beforeBatch
        let g1 = StreamWorlds.group("b", consumers: 1, rate: 600, maxPoll: maxPoll) {
            $0.commit = commit; $0.start = .secs(20); $0.from = .earliest
        }
        var timeline: [TimelineEntry] = []
        var crashes = 0
        for _ in 0..<6 {
            let t = Double(rng.below(170)) + 5
            switch rng.below(5) {
            case 0:
                timeline.append(at(t, .crash(.member(group: Int(rng.below(2)), index: 0), downFor: .secs(Int64(rng.below(100)) + 1))))
                crashes += 1
            case 1: timeline.append(at(t, .scale(.group(0), count: Int(rng.below(4)) + 1)))
            case 2: timeline.append(at(t, .rate(producer: 0, to: Double(rng.below(800)), over: .zero)))
            case 3: timeline.append(at(t, .slow(.group(1), factor: [0.5, 1, 2][Int(rng.below(3))])))
            default: timeline.append(at(t, .burst(producer: 0, count: Int64(rng.below(5_000)))))
            }
        }
        let w = StreamWorlds.world(seed: seed, topics: [topic], groups: [g0, g1],
                                   producers: [StreamWorlds.producer(rate: 250, backlog: 2000) { $0.key = .users(1000) }],
                                   timeline: timeline, pollByPoll: pollByPoll)
        return (w, crashes)
    }

    @Test("closed form and poll by poll agree within one poll batch per partition", arguments: 1...8)
    func closedFormMatchesPollByPoll(seed: UInt64) {
        var (fast, crashes) = Self.randomWorld(seed: seed, pollByPoll: false)
        var (slow, _) = Self.randomWorld(seed: seed, pollByPoll: true)
        // One batch per partition, once per disruption that replays or drops a batch.
        let tol = Int64(Self.maxPoll * Self.partitions * (1 + crashes))
        // Half a second off the whole-second auto-commit grid: at a grid instant itself the closed
        // form has committed and the poll-by-poll member commits at its next poll, a moment later.
        for t in stride(from: 20.5, through: 180.5, by: 20) {
            fast.run(t)
            slow.run(t)
            for g in 0..<2 {
                let a = fast.groupCounters(g), b = slow.groupCounters(g)
                let pairs: [(String, Int64, Int64)] = [
                    ("processed", a.processed, b.processed), ("duplicates", a.duplicates, b.duplicates),
                    ("skipped", a.skipped, b.skipped), ("lost", a.lost, b.lost),
                    ("lost_to_retention", a.lostToRetention, b.lostToRetention),
                    ("rebalances", a.rebalances, b.rebalances),
                    ("committed", fast.groupCommitted(g), slow.groupCommitted(g)),
                    ("lag", fast.groupLag(g), slow.groupLag(g)),
                ]
                for (name, x, y) in pairs {
                    #expect(abs(x - y) <= tol, "seed \(seed) t=\(t) group \(g) \(name): closed \(x) vs polls \(y)")
                }
            }
            #expect(fast.stream.topics[0].logEnd == slow.stream.topics[0].logEnd)
        }
        #expect(fast.invariantFailure == nil)
        #expect(slow.invariantFailure == nil)
    }

    @Test("the group accounting holds after every event, whatever the timeline", arguments: 16...27)
    func accountingHolds(seed: UInt64) {
        for pollByPoll in [false, true] {
            var (w, _) = Self.randomWorld(seed: seed, pollByPoll: pollByPoll)
            w.run(200)
            #expect(w.invariantFailure == nil, "\(w.invariantFailure ?? "")")
        }
    }

    @Test("two runs with one seed give the same numbers")
    func deterministic() {
        var (a, _) = Self.randomWorld(seed: 99, pollByPoll: false)
        var (b, _) = Self.randomWorld(seed: 99, pollByPoll: false)
        a.run(300)
        b.run(300)
        #expect(a.groupCounters(0) == b.groupCounters(0))
        #expect(a.groupCounters(1) == b.groupCounters(1))
        #expect(a.stream.topics[0].partitions.map(\.logEnd) == b.stream.topics[0].partitions.map(\.logEnd))
        #expect(a.feed.map(\.text) == b.feed.map(\.text))
    }
}
