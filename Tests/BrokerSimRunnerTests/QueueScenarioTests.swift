import Testing
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// The memory-alarm chapter tells the truth: blocking bounds memory, and it keeps doing so
/// long after the chapter's two minutes.
@Suite("Task-queue chapter: rabbit-for-clickstream")
struct QueueScenarioTests {
    /// The chapter's world after `until` (its own 2 minutes by default). With `shrink`, the same
    /// flows at 1/shrink of the scale: rates, memory and paging speed divided alike, work times
    /// multiplied, so every byte flow and every instant stays where it was.
    static func world(until: SimDuration = .secs(120), shrink: Double = 1) throws -> World {
        var config = try ScenarioLoader.load("rabbit-for-clickstream").config
        if shrink != 1 {
            config.broker.memory = Int64(Double(config.broker.memory) / shrink)
            config.broker.pageRate /= shrink
            for p in config.producers.indices { config.producers[p].rate /= shrink }
            for p in config.workers.indices {
                guard case .constant(let micros) = config.workers[p].work else { continue }
                config.workers[p].work = .constant(micros * shrink)
            }
        }
        var w = World(config: config)
        w.advance(to: .zero + until)
        return w
    }

    @Test("the two-minute chapter: alarms, a sawtooth, no crash, expectations held")
    func chapter() throws {
        let s = try ScenarioLoader.load("rabbit-for-clickstream")
        var runner = Runner()
        runner.checkInvariants = false
        for o in try runner.run(s) {
            #expect(o.passed, "\(o.results.filter { !$0.passed }.map { "\($0.expectation.path) = \($0.actual)" })")
        }
        let w = try Self.world()
        #expect(w.broker.oomKills == 0)
        #expect(w.feed.filter { $0.text.hasPrefix("memory alarm:") }.count >= 3)
        #expect(!w.feed.contains { $0.text.contains("OOM") })
    }

    @Test("thirty minutes at the chapter's rates (at a tenth of its scale): no OOM kill, peak under twice the watermark")
    func thirtyMinutes() throws {
        let w = try Self.world(until: .secs(1800), shrink: 10)
        let watermark = Double(w.config.broker.memory) * w.config.broker.highWatermark
        #expect(w.broker.oomKills == 0)
        #expect(Double(w.broker.memoryPeak) <= 2 * watermark, "peak \(w.broker.memoryPeak), watermark \(watermark)")
        #expect(w.alarmSeconds > 600, "blocked most of the time once the backlog's index fills the watermark")
        #expect(w.counters(0).lost == 0)
    }
}

extension World {
    func counters(_ q: Int) -> QueueCounters { queues[q].counters }
}
