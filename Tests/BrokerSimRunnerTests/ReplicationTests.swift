import Testing
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// Kafka replication rules (docs/replication-model.md), each on a real run of a small file.
@Suite("Kafka replication")
struct ReplicationTests {
    /// One topic `orders` of `partitions` × 3 replicas on 3 brokers, one producer `shop` at 300/s,
    /// a fast group reading it, and the given timeline.
    static func file(acks: String = "1", partitions: Int = 3, minInsync: Int = 1, unclean: Bool = false,
                     lag: String = "200ms", stop: String = "2m", timeline: String) -> String {
        """
        seed: 5
        stop: \(stop)
        kafka: {brokers: 3, replica_lag: \(lag), detection: 9s, catch_up_rate: 1k/s}
        topics:
          orders: {partitions: \(partitions), replication: 3, min_insync: \(minInsync), unclean_election: \(unclean)}
        groups:
          billing: {topic: orders, consumers: 1, rate: 5000/s, from: earliest}
        producers:
          shop: {to: orders, rate: 300/s, acks: \(acks)}
        timeline:
        \(timeline)
        """
    }

    static func world(_ text: String, until: Double? = nil) throws -> World {
        try ModelRun.world(text, file: "r", until: until)
    }

    static func report(_ w: World) -> JSONValue { ModelRun.report(w, scenario: "r", seed: 5) }

    static func int(_ r: JSONValue, _ path: String) -> Int64 { Int64(ModelRun.number(r, path)) }

    @Test("replicas sit on brokers p, p+1, p+2: each partition's preferred leader leads, every replica in sync")
    func placement() throws {
        let w = try Self.world(Self.file(timeline: "  - {at: 1m, say: hi}"), until: 10)
        let r = Self.report(w)
        for p in 0..<3 {
            #expect(r.value(at: ["topics", "orders", "partitions", "\(p)", "leader"]) == .string("kafka-\(p + 1)")
                    || w.stream.replication.topics[0].partitions[p].leader == Int32(p))
            #expect(w.stream.replication.topics[0].partitions[p].isrCount == 3)
        }
        #expect(Self.int(r, "topics.orders.under_replicated") == 0)
    }

    @Test("consumers read up to what every in-sync replica has: the log end trails the producer by the replication lag")
    func highWatermark() throws {
        let w = try Self.world(Self.file(timeline: "  - {at: 1m, say: hi}"), until: 10)
        // 300/s over 3 partitions for 200 ms: 20 records per partition on the leader only.
        for p in 0..<3 {
            #expect((19...21).contains(w.replicationLag(0, p)), "\(w.replicationLag(0, p))")
        }
        #expect(w.stream.topics[0].logEnd + (0..<3).reduce(0) { $0 + w.replicationLag(0, $1) } == w.producers[0].sent)
    }

    @Test("acks=1: a leader's crash loses what it acknowledged and no follower had; what was sent while it was dead reaches the new leader")
    func acksOneLoses() throws {
        let w = try Self.world(Self.file(acks: "1", timeline: "  - {at: 30s, crash: kafka-1}"))
        let r = Self.report(w)
        // kafka-1 leads orders-0 at 100/s: the 200 ms of replication lag before it died is lost.
        // The 9 s until the controller notices were never acknowledged (the producer got no answer
        // from a dead broker): held, then sent to kafka-2, as acks=all records are.
        let lost = Self.int(r, "producers.shop.lost")
        #expect((19...21).contains(lost), "lost \(lost)")
        #expect(Self.int(r, "topics.orders.lost_unreplicated") == lost)
        #expect(Self.int(r, "topics.orders.leader_elections") == 1)
        #expect(r.value(at: ["topics", "orders", "partitions", "0", "leader"]) == .string("kafka-2"))
        #expect(w.feed.contains { $0.text.contains("orders-0: kafka-2 elected leader from the ISR") && $0.text.contains("lost") })
        // Every record sent is on the log, lost, or still on its way to the followers.
        let pending = (0..<3).reduce(Int64(0)) { $0 + w.replicationLag(0, $1) }
        #expect(w.stream.topics[0].logEnd + lost + pending == w.producers[0].sent)
    }

    @Test("acks=all: the same crash loses nothing; the producer sends the unacknowledged records to the new leader")
    func acksAllKeeps() throws {
        let w = try Self.world(Self.file(acks: "all", timeline: "  - {at: 30s, crash: kafka-1}"))
        let r = Self.report(w)
        #expect(Self.int(r, "producers.shop.lost") == 0)
        #expect(Self.int(r, "topics.orders.lost_unreplicated") == 0)
        let pending = (0..<3).reduce(Int64(0)) { $0 + w.replicationLag(0, $1) }
        #expect(w.stream.topics[0].logEnd + pending == w.producers[0].sent)
    }

    @Test("a dead in-sync follower holds the high watermark until the controller drops it from the ISR")
    func followerStallsHighWatermark() throws {
        // kafka-3 follows orders-0 (replicas kafka-1, kafka-2, kafka-3).
        let text = Self.file(partitions: 1, timeline: "  - {at: 30s, crash: kafka-3}")
        let before = try Self.world(text, until: 30).stream.topics[0].partitions[0].logEnd
        let stalled = try Self.world(text, until: 38).stream.topics[0].partitions[0].logEnd
        let after = try Self.world(text, until: 40).stream.topics[0].partitions[0].logEnd
        #expect(stalled == before)
        #expect(after >= before + 900, "the 9 s held back arrive at once: \(before) → \(after)")
        #expect(try Self.world(text, until: 40).stream.replication.topics[0].partitions[0].isrCount == 2)
    }

    @Test("acks=all below min_insync is refused (NotEnoughReplicas), counted and said; acks=1 is not")
    func minInsyncRefuses() throws {
        let timeline = "  - {at: 20s, crash: kafka-2}\n  - {at: 20s, crash: kafka-3}"
        let w = try Self.world(Self.file(acks: "all", partitions: 1, minInsync: 2, stop: "60s", timeline: timeline))
        let r = Self.report(w)
        // Refused from the detection (29 s) to the end: 31 s at 300/s.
        let refused = Self.int(r, "producers.shop.refused")
        #expect((9_250...9_350).contains(refused), "refused \(refused)")
        #expect(Self.int(r, "topics.orders.refused") == refused)
        #expect(w.feed.contains { $0.text.contains("below min_insync 2") && $0.text.contains("NotEnoughReplicas") })
        let one = try Self.world(Self.file(acks: "1", partitions: 1, minInsync: 2, stop: "60s", timeline: timeline))
        #expect(Self.int(Self.report(one), "producers.shop.refused") == 0)
    }

    @Test("a restarted follower copies what it missed at catch_up_rate, then rejoins the ISR")
    func catchUpRejoins() throws {
        // Down 30 s at 300/s: 9,000 records to copy at 1k/s take 9 s (plus 200 ms).
        let text = Self.file(partitions: 1, timeline: "  - {at: 10s, crash: kafka-3, for: 30s}")
        #expect(try Self.world(text, until: 49).stream.replication.topics[0].partitions[0].isrCount == 2)
        let w = try Self.world(text, until: 50)
        #expect(w.stream.replication.topics[0].partitions[0].isrCount == 3)
        #expect(w.feed.contains { $0.text.contains("kafka-3 caught up and rejoined the ISR (3 of 3)") })
    }

    @Test("a leader back before the controller noticed keeps its partitions: no election, nothing lost")
    func backBeforeDetection() throws {
        let w = try Self.world(Self.file(acks: "1", timeline: "  - {at: 30s, crash: kafka-1, for: 5s}"))
        let r = Self.report(w)
        #expect(Self.int(r, "topics.orders.leader_elections") == 0)
        #expect(Self.int(r, "producers.shop.lost") == 0)
        #expect(w.stream.replication.topics[0].partitions[0].leader == 0)
    }

    /// orders-0's ISR shrinks to kafka-1 alone, then kafka-1 dies too; kafka-2 (out of sync since 10 s) returns.
    static let lastReplicaDies = """
          - {at: 10s, crash: kafka-2}
          - {at: 20s, crash: kafka-3}
          - {at: 30s, crash: kafka-1}
          - {at: 40s, restart: kafka-2}
        """

    @Test("unclean election off: with no in-sync replica alive the partition is offline and loses nothing")
    func offlineWithoutUnclean() throws {
        let w = try Self.world(Self.file(acks: "all", partitions: 1, stop: "60s", timeline: Self.lastReplicaDies))
        let r = Self.report(w)
        #expect(Self.int(r, "topics.orders.offline_partitions") == 1)
        #expect(r.value(at: ["topics", "orders", "partitions", "0", "leader"]) == .null)
        #expect(Self.int(r, "topics.orders.lost_unclean") == 0)
        #expect(Self.int(r, "topics.orders.unclean_elections") == 0)
        // Held by the producer since 30 s: 30 s at 300/s.
        #expect((8_900...9_100).contains(w.replicationLag(0, 0)), "\(w.replicationLag(0, 0))")
        #expect(w.feed.contains { $0.text.contains("orders-0 OFFLINE") })
    }

    @Test("unclean election on: the out-of-sync replica leads, the log is cut to what it had, and the loss is counted")
    func uncleanElectionLoses() throws {
        let w = try Self.world(Self.file(acks: "all", partitions: 1, unclean: true, lag: "10ms", stop: "60s",
                                         timeline: Self.lastReplicaDies))
        let r = Self.report(w)
        #expect(Self.int(r, "topics.orders.unclean_elections") == 1)
        // kafka-2 stopped copying at 10 s: 10 s to 30 s of committed records (300/s) are cut.
        let cut = Self.int(r, "topics.orders.lost_unclean")
        #expect((5_950...6_050).contains(cut), "cut \(cut)")
        #expect(r.value(at: ["topics", "orders", "partitions", "0", "leader"]) == .string("kafka-2"))
        // The group had read them: they count as truncated, and its numbers still add up.
        #expect(Self.int(r, "groups.billing.truncated") == cut)
        #expect(w.feed.contains { $0.text.contains("UNCLEAN election of out-of-sync kafka-2") })
    }

    @Test("stop: drained waits for the followers: a backlog is drained only once every record is readable and read")
    func drainedWaitsForFollowers() throws {
        let text = """
            stop: drained
            kafka: {replica_lag: 2s}
            topics:
              t: {partitions: 2, replication: 2}
            groups:
              g: {topic: t, rate: 1k/s, from: earliest}
            producers:
              p: {to: t, backlog: 1000, acks: 1}
            """
        let outcome = try Runner().run(ScenarioLoader.parse(text: text, file: "d.yaml", name: "d"))[0]
        #expect(Self.int(outcome.report, "topics.t.log_end") == 1000)
        #expect(Self.int(outcome.report, "groups.g.processed") == 1000)
        // The followers have the backlog 2 s after t=0; the group reads it in about a second after that.
        #expect((outcome.report["simulated_seconds"]?.number ?? 0) > 2)
    }

    @Test("a topic without replication has no brokers, no replication fields, and kafka-1 is not a target")
    func unreplicatedCostsNothing() throws {
        let text = "topics:\n  t: {partitions: 2}\nproducers:\n  p: {to: t, rate: 10/s}\n"
        let s = try ScenarioLoader.parse(text: text, file: "n.yaml", name: "n")
        var w = World(config: s.config)
        w.advance(to: .zero + .secs(5))
        #expect(w.stream.replication.brokers.isEmpty)
        let r = Self.report(w)
        #expect(r.value(at: ["topics", "t", "leader_elections"]) == nil)
        #expect(r.value(at: ["producers", "p", "lost"]) == nil)
        #expect(throws: ScenarioError.self) {
            try ScenarioLoader.parse(text: text + "timeline:\n  - {at: 1s, crash: kafka-1}\n", file: "n.yaml", name: "n")
        }
    }

    @Test("bad replication input is refused with its line and column", arguments: [
        ("topics:\n  t: {replication: 2, min_insync: 3}\n", "2:35: min_insync: 3 is more than the topic's 2 replicas"),
        ("kafka: {brokers: 2}\ntopics:\n  t: {replication: 3}\n", "1:18: brokers: 2 cannot hold a topic with replication: 3"),
        ("queues:\n  q: {}\nproducers:\n  p: {to: q, acks: 1}\n", "4:14: 'acks' applies only to a producer that writes to a topic"),
        ("topics:\n  t: {replication: 3}\nproducers:\n  p: {to: t, acks: 2}\n", "4:20: invalid acks '2': expected 0, 1 or all"),
        ("topics:\n  t: {replication: 3}\ntimeline:\n  - {at: 1s, crash: kafka-4}\n", "no broker 'kafka-4': the Kafka cluster has 3"),
        ("topics:\n  t: {min_insync: 2}\n", "'min_insync' needs 'replication' on the topic"),
    ])
    func badInput(text: String, message: String) {
        do {
            _ = try ScenarioLoader.parse(text: text, file: "b.yaml", name: "b")
            Issue.record("accepted: \(text)")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test("lazy and every-event advance agree on a replicated run with crashes, restarts and bursts", arguments: [false, true])
    func lazyMatchesEveryEvent(unclean: Bool) throws {
        let timeline = Self.lastReplicaDies + "\n  - {at: 45s, burst: shop, count: 500}\n  - {at: 50s, restart: kafka-1}"
        let text = Self.file(acks: "1", unclean: unclean, stop: "80s", timeline: timeline)
        let s = try ScenarioLoader.parse(text: text, file: "r.yaml", name: "r")
        func run(_ every: Bool) -> String {
            var w = World(config: s.config)
            w.advanceEveryEvent = every
            for k in 1...9 { w.advance(to: SimTime(micros: Int64(k) * 7_777_777)) }
            w.advance(to: .zero + .secs(80))
            return Self.report(w).serialized() + w.feed.map(\.text).joined(separator: "\n")
        }
        #expect(run(false) == run(true))
    }
}
