import Testing
@testable import BrokerSimCore

/// The memory alarm and paging as RabbitMQ 3.10 classic queues behave (rule f): the alarm is
/// periodic, the OOM kill is not, and blocking bounds memory.
@Suite("Task queue: memory alarm and paging")
struct TaskQueueMemoryTests {
    /// 5,000 one-KB messages a second into a 64 MB broker drained at 2,000 a second: the
    /// clickstream chapter at a quarter of its memory.
    static func firehose(memory: Int64 = 64 << 20, rate: Double = 5_000, timeline: [TimelineEntry] = []) -> World {
        var broker = BrokerConfig()
        broker.memory = memory
        var w = TestWorlds.world(
            workers: [TestWorlds.pool("analytics", count: 4, prefetch: 100, work: .constant(2_000))],
            producers: [TestWorlds.producer("website", rate: rate) { $0.size = .constant(1024) }],
            timeline: timeline, broker: broker)
        w.checkInvariants = false
        return w
    }

    /// Memory at each alarm, read back from the feed's `memory alarm: X above …` lines.
    static func alarmLevels(_ w: World) -> [String] {
        w.feed.filter { $0.text.hasPrefix("memory alarm:") }.map { String($0.text.split(separator: " ")[2...3].joined(separator: " ")) }
    }

    @Test("the alarm bounds memory: a sawtooth whose peaks stop growing, not a ramp")
    func sawtoothDoesNotGrow() {
        let memory: Int64 = 48 << 20
        var w = Self.firehose(memory: memory)
        let watermark = Double(memory) * 0.4
        var peaks: [Int64] = []
        for minute in 1...4 {
            w.advance(to: .zero + .secs(Int64(minute) * 60))
            peaks.append(w.broker.memoryPeak)
        }
        #expect(w.broker.oomKills == 0)
        #expect(w.alarmSeconds > 60, "the alarm was on a large share of the time")
        #expect(Self.alarmLevels(w).count >= 5, "several alarms: a sawtooth")
        // Above the watermark by at most one check of intake (50,000/s × 2.5 s of queue-index
        // entries at 100 B), one paging tick of it in RAM, and one check of the website's clicks.
        let bound = watermark + 50_000 * 2.5 * 100 + 5_000 * 1_724 + 5_000 * 2.5 * 1_724
        #expect(Double(w.broker.memoryPeak) <= bound, "peak \(w.broker.memoryPeak) over \(bound)")
        // Minutes 3 and 4 peak at the same height: the sawtooth has stopped growing.
        #expect(peaks[2] == peaks[3], "peaks by minute: \(peaks)")
        // Nothing is lost: the clicks the broker did not take wait at the website.
        #expect(w.producers[0].sent == w.producers[0].published + w.producers[0].heldCount)
        #expect(w.counters().lost == 0)
    }

    @Test("held publishes come back paced: doubling the rate and losing a worker does not grow the sawtooth")
    func heldBurstDoesNotGrowTheSawtooth() {
        var w = Self.firehose(timeline: [
            at(30, .crash(.worker(pool: 0, index: 0), downFor: nil)),
            at(40, .slow(.worker(pool: 0, index: 1), factor: 5)),
            at(50, .rate(producer: 0, to: 10_000, over: .zero)),
        ])
        w.advance(to: .zero + .secs(240))
        #expect(w.broker.oomKills == 0)
        #expect(Double(w.broker.memoryPeak) <= 2 * Double(64 << 20) * 0.4, "peak \(w.broker.memoryPeak)")
        #expect(w.producers[0].heldCount > 100_000, "the website holds what the broker cannot take")
    }

    @Test("paging happens at disk speed once the alarm is on, and the alarm clears below the watermark")
    func pagingAfterAlarm() {
        var w = Self.firehose()
        w.advance(to: .zero + .secs(60))
        let alarms = w.feed.filter { $0.text.hasPrefix("memory alarm:") }
        let clears = w.feed.filter { $0.text.hasPrefix("memory alarm cleared") }
        #expect(!alarms.isEmpty && !clears.isEmpty)
        // Cleared at the very next check: paging at 50,000 a second took memory under it in time.
        if let a = alarms.first, let c = clears.first { #expect(c.at - a.at == .millis(2500)) }
        #expect(w.queues[0].pagedCount > 0)
        #expect(alarms.first?.text.contains("checked every 2.5 s") == true)
    }

    @Test("the OS kills the broker the instant memory passes `memory`, not at the next check")
    func oomIsInstant() {
        // 100,000 one-KB messages at 0.1 s (~172 MB in RAM) into a 128 MB broker: paging would clear
        // them before the 2.5 s check, but the kill comes first.
        var broker = BrokerConfig()
        broker.memory = 128 << 20
        var w = TestWorlds.world(
            producers: [TestWorlds.producer("loader") { $0.size = .constant(1024) }],
            timeline: [at(0.1, .burst(producer: 0, count: 100_000))], broker: broker)
        w.advance(to: .zero + .secs(5))
        #expect(w.broker.oomKills == 1)
        #expect(w.feed.contains { $0.text.hasPrefix("broker memory passed 128 MB") && $0.at == .zero + .millis(100) })
        #expect(w.counters().lost == 100_000)
    }

    @Test("below `memory` there is no kill, and the peak never reads above it without one")
    func peakNeverAboveMemoryWithoutKill() {
        var broker = BrokerConfig()
        broker.memory = 256 << 20
        var w = TestWorlds.world(
            producers: [TestWorlds.producer("loader") { $0.size = .constant(1024) }],
            timeline: [at(0.1, .burst(producer: 0, count: 100_000))], broker: broker)
        w.advance(to: .zero + .secs(10))
        #expect(w.broker.oomKills == 0)
        #expect(w.broker.memoryPeak <= broker.memory)
        #expect(w.broker.memoryPeak >= 100_000 * 1_724)
        // Paged down to watermark × paging ratio (51.2 MB) after the alarm.
        #expect(w.brokerMemory <= Int64(Double(broker.memory) * 0.4 * 0.5) + 2_000)
    }

    @Test("an OOM kill comes from what cannot be paged: unacked messages")
    func unackedCannotBePaged() {
        var broker = BrokerConfig()
        broker.memory = 16 << 20
        var w = TestWorlds.world(
            workers: [TestWorlds.pool(count: 1, prefetch: 0, work: .constant(1_000_000))],
            producers: [TestWorlds.producer(rate: 2_000) { $0.size = .constant(4096) }],
            broker: broker)
        w.checkInvariants = false
        w.advance(to: .zero + .secs(10))
        #expect(w.broker.oomKills >= 1)
    }

    @Test("a broker restart brings durable messages back paged: they cost only their index entry")
    func restartBringsMessagesBackPaged() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue { $0.durable = true }],
            producers: [TestWorlds.producer(backlog: 1_000) { $0.persistent = true; $0.size = .constant(1024) }],
            timeline: [at(1, .brokerRestart(downtime: .secs(1)))])
        w.advance(to: .zero + .secs(3))
        #expect(w.queues[0].readyCount == 1_000)
        #expect(w.brokerMemory == 1_000 * 100)
    }
}
