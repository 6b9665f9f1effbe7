import Testing
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// RabbitMQ cluster rules (docs/cluster-model.md), each on a real run of a small file.
@Suite("RabbitMQ cluster nodes and quorum queues")
struct ClusterTests {
    /// A 3-node cluster with one queue `q` of the given kind, 2 workers and a producer at 50/s.
    static func file(queue: String, confirm: Bool = true, persistent: Bool = true, stop: String = "60s",
                     work: String = "10ms", timeline: String) -> String {
        """
        seed: 3
        stop: \(stop)
        broker: {nodes: 3, election: 2s}
        queues:
          q: \(queue)
        workers:
          w: {queue: q, count: 2, prefetch: 5, work: \(work)}
        producers:
          p: {to: q, rate: 50/s, arrivals: uniform, confirm: \(confirm), persistent: \(persistent)}
        timeline:
        \(timeline)
        """
    }

    static func world(_ text: String, until: Double? = nil) throws -> World {
        try ModelRun.world(text, file: "c", until: until)
    }

    static func report(_ w: World) -> JSONValue { ModelRun.report(w, scenario: "c", seed: 3) }

    static func number(_ r: JSONValue, _ path: String) -> Double { ModelRun.number(r, path) }

    @Test("a quorum queue whose leader's node dies: deliveries wait for the election, then the next replica leads; nothing lost")
    func quorumLeaderLoss() throws {
        let text = Self.file(queue: "{type: quorum, node: rabbit-1}", timeline: "  - {at: 20s, crash: rabbit-1}")
        let at20 = try Self.world(text, until: 20).queues[0].counters.delivered
        let at21 = try Self.world(text, until: 21.9)
        #expect(at21.queues[0].counters.delivered == at20, "no delivery during the election")
        #expect(at21.queues[0].counters.refused == 0, "the majority still takes publishes")
        let w = try Self.world(text)
        let r = Self.report(w)
        #expect(r.value(at: ["queues", "q", "node"]) == .string("rabbit-2"))
        #expect(Self.number(r, "queues.q.leader_changes") == 1)
        #expect(Self.number(r, "queues.q.lost") == 0)
        #expect(abs(Self.number(r, "queues.q.unavailable_seconds") - 2) < 1e-6)
        #expect(w.feed.contains { $0.text.contains("rabbit-2 elected leader; no message lost") })
    }

    @Test("a quorum queue losing a follower's node carries on: no election, no pause")
    func quorumFollowerLoss() throws {
        let w = try Self.world(Self.file(queue: "{type: quorum, node: rabbit-1}", timeline: "  - {at: 20s, crash: rabbit-3}"))
        let r = Self.report(w)
        #expect(Self.number(r, "queues.q.leader_changes") == 0)
        #expect(Self.number(r, "queues.q.unavailable_seconds") == 0)
        #expect(Self.number(r, "queues.q.replicas_up") == 2)
    }

    @Test("without a majority a quorum queue refuses publishes (nacked with confirms) and delivers nothing until a node returns")
    func quorumNoMajority() throws {
        let timeline = "  - {at: 20s, crash: rabbit-2}\n  - {at: 20s, crash: rabbit-3, for: 20s}"
        let w = try Self.world(Self.file(queue: "{type: quorum, node: rabbit-1}", timeline: timeline))
        let r = Self.report(w)
        // 20 s at 50/s refused (both ends included), counted at the queue and (confirms) at the producer.
        #expect((999...1001).contains(Self.number(r, "queues.q.refused")))
        #expect(Self.number(r, "producers.p.refused") == Self.number(r, "queues.q.refused"))
        #expect(Self.number(r, "queues.q.lost") == 0)
        #expect(abs(Self.number(r, "queues.q.unavailable_seconds") - 20) < 1e-6)
        #expect(w.feed.contains { $0.text.contains("q UNAVAILABLE: 1 of 3 replicas up, no majority") })
        #expect(w.feed.contains { $0.text.contains("q available again: 2 of 3 replicas up") })
    }

    @Test("a durable classic queue on a lost node is unavailable until it returns, with its persistent messages; transient ones are lost")
    func classicDurable() throws {
        // Half the messages persistent: two producers.
        let text = """
            seed: 3
            stop: 60s
            broker: {nodes: 3}
            queues:
              q: {durable: true, node: rabbit-2}
            workers:
              w: {queue: q, count: 1, prefetch: 5, work: 30ms, start: 15s}
            producers:
              keep: {to: q, rate: 10/s, arrivals: uniform, persistent: true, confirm: true}
              drop: {to: q, rate: 10/s, arrivals: uniform}
            timeline:
              - {at: 10s, crash: rabbit-2, for: 20s}
            """
        let down = try Self.world(text, until: 20)
        // The 10 s before the crash: the persistent ones stay, the transient ones are lost.
        let kept = down.queues[0].readyCount
        #expect((99...101).contains(kept))
        #expect(down.queues[0].counters.lost == kept)
        #expect(!down.workers[0].subscribed, "no consumer on an unavailable queue")
        let w = try Self.world(text)
        let r = Self.report(w)
        #expect((399...402).contains(Self.number(r, "queues.q.refused")), "20 s at 20/s")
        #expect((199...201).contains(Self.number(r, "producers.keep.refused")), "with confirms the producer knows")
        #expect(Self.number(r, "producers.drop.refused") == 0, "without, it cannot tell")
        #expect(w.workers[0].subscribed)
        #expect(Self.number(r, "queues.q.ready") + Self.number(r, "queues.q.unacked") < 10, "drained after the return")
        #expect(w.feed.contains { $0.text.contains("q is available again on rabbit-2 with \(kept) messages") })
    }

    @Test("a transient classic queue on a lost node loses everything, its consumers' unacked messages too, and comes back empty")
    func classicTransient() throws {
        // Two workers at 100 ms for 50/s: a backlog builds, and each worker holds 5 unacked.
        let text = Self.file(queue: "{node: rabbit-3}", persistent: true, work: "100ms",
                             timeline: "  - {at: 20s, crash: rabbit-3, for: 10s}")
        let w = try Self.world(text, until: 25)
        #expect(w.queues[0].readyCount == 0)
        // 20 s at 50/s in, 20/s out: about 600 waiting (the unacked ones back among them), all lost.
        #expect(w.queues[0].counters.lost > 550)
        #expect(w.feed.contains { $0.text.contains("q UNAVAILABLE: its node rabbit-3 is down") && $0.text.contains("a transient queue") })
        let back = try Self.world(text, until: 31)
        #expect(back.feed.contains { $0.text.contains("q is available again on rabbit-3, empty (it was transient)") })
        #expect(back.workers.allSatisfy { $0.subscribed })
    }

    @Test("queues on other nodes do not notice a node's loss")
    func otherNodesUnaffected() throws {
        let w = try Self.world(Self.file(queue: "{node: rabbit-1}", timeline: "  - {at: 20s, crash: rabbit-2}"))
        let r = Self.report(w)
        #expect(Self.number(r, "queues.q.unavailable_seconds") == 0)
        #expect(Self.number(r, "queues.q.refused") == 0)
    }

    @Test("a single-node broker has no cluster fields, and rabbit-1 is not a timeline target")
    func singleNode() throws {
        let text = "queues:\n  q: {}\nproducers:\n  p: {to: q, rate: 1/s}\n"
        var w = World(config: try ScenarioLoader.parse(text: text, file: "s.yaml", name: "s").config)
        w.advance(to: .zero + .secs(2))
        #expect(w.cluster.nodes.isEmpty)
        #expect(Self.report(w).value(at: ["queues", "q", "node"]) == nil)
        #expect(throws: ScenarioError.self) {
            try ScenarioLoader.parse(text: text + "timeline:\n  - {at: 1s, crash: rabbit-1}\n", file: "s.yaml", name: "s")
        }
    }

    @Test("bad cluster input is refused with its line and column", arguments: [
        ("queues:\n  q: {node: rabbit-2}\n", "2:13: 'node' needs a cluster: give the broker 'nodes: 3'"),
        ("broker: {nodes: 3}\nqueues:\n  q: {node: rabbit-4}\n", "3:13: unknown node 'rabbit-4': the cluster has rabbit-1 … rabbit-3"),
        ("broker: {election: 5s}\n", "1:10: 'election' needs a cluster"),
        ("broker: {nodes: 3}\nqueues:\n  q: {}\ntimeline:\n  - {at: 1s, crash: rabbit-7}\n", "no node 'rabbit-7': the cluster has 3"),
        ("broker: {nodes: 3}\nqueues:\n  q: {}\ntimeline:\n  - {at: 1s, slow: rabbit-1, factor: 2}\n", "'slow' does not apply to 'rabbit-1'"),
    ])
    func badInput(text: String, message: String) {
        do {
            _ = try ScenarioLoader.parse(text: text, file: "b.yaml", name: "b")
            Issue.record("accepted: \(text)")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test("the built-in rabbit-node-down passes headless")
    func builtin() throws {
        for o in try Runner().run(ScenarioLoader.load("rabbit-node-down")) {
            #expect(o.passed, "\(o.results.filter { !$0.passed }.map { "\($0.expectation.text) = \($0.actual)" })")
        }
    }
}
