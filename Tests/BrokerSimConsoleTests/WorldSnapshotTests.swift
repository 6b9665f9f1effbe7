import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import BrokerSimSnapshot
import Testing

/// `World.snapshot()`: the simulation read as a real broker would be, so that one reading of
/// snapshots serves every source.
@Suite("The simulation as a snapshot source")
struct WorldSnapshotTests {
    func world(_ name: String, at seconds: Int64) throws -> World {
        var w = World(config: try ScenarioLoader.load(name).config)
        w.advance(to: .zero + .secs(seconds))
        return w
    }

    @Test func aQueueItsWorkersAndTheBrokerReadAsTheReportCountsThem() throws {
        let w = try world("password-resets", at: 30)
        let s = w.snapshot()
        let r = Report.sections(w)
        let q = try #require(s.queue("emails"))
        for (field, value) in [("ready", q.ready), ("unacked", q.unacked), ("published", q.published ?? -1),
                               ("acked", q.acked ?? -1), ("redelivered", q.redelivered ?? -1)] {
            #expect(Double(value) == r.value(at: ["queues", "emails", field])?.number, "\(field)")
        }
        #expect(s.readAt == 30_000)
        // mailer-3 crashed at 20 s: the four others are its consumers, each with prefetch 1.
        #expect(s.consumers.map(\.name) == ["mailer-1", "mailer-2", "mailer-4", "mailer-5"])
        #expect(q.consumers == 4 && s.consumers.allSatisfy { $0.prefetch == 1 && $0.queue == "emails" })
        #expect(Double(s.consumers[0].acked ?? -1) == r.value(at: ["workers", "mailer-1", "processed"])?.number)
        #expect(s.nodes.count == 1 && s.nodes[0].memoryUsed > 0 && !s.nodes[0].memoryAlarm)
    }

    @Test func topicsAndGroupsReadAsTheReportCountsThem() throws {
        let w = try world("clickstream", at: 60)
        let s = w.snapshot()
        let r = Report.sections(w)
        #expect(!s.topics.isEmpty && !s.groups.isEmpty)
        for t in s.topics {
            #expect(Double(t.logEnd) == r.value(at: ["topics", t.name, "log_end"])?.number, "\(t.name)")
        }
        for g in s.groups {
            let topic = try #require(s.topic(g.topic))
            #expect(Double(g.lag(on: topic)) == r.value(at: ["groups", g.name, "lag"])?.number, "\(g.name)")
            for (p, part) in g.partitions.enumerated() {
                #expect(part.member.map { JSONValue.string($0) } ?? .null == r.value(at: ["groups", g.name, "partitions", "\(p)", "member"]))
            }
        }
    }

    @Test func theSnapshotsOfARunDrawTheQueueTheWayTheRunDoes() throws {
        let scenario = try ScenarioLoader.load("password-resets")
        var w = World(config: scenario.config)
        var history = SnapshotHistory()
        for t in stride(from: Int64(0), through: 40, by: 5) {
            w.advance(to: .zero + .secs(t))
            history.record(w.snapshot())
        }
        let live = Frame(history: history, status: nil, now: history.latest!.readAt, replay: true)
        let size = GridSize(width: 100, height: 30)
        let text = ConsoleView.render(state: ConsoleState(), frame: live, size: size, glyphs: .unicode).grid.text
        let q = try #require(history.latest?.queue("emails"))
        #expect(text.contains("ready \(TextReport.group(q.ready))  unacked \(q.unacked)"))
        // mailer-3 crashed holding an email: read from outside it is a consumer that vanished
        // with a message unacked, as the console shows a live broker's.
        #expect(text.contains("mailer-1") && text.contains("✖ mailer-3 gone"))
    }
}
