import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// Finding 30's wording in the feed: counts with thousands separators, a slow factor of 1 said
/// as "back to normal speed", one phrasing of a factor on every side.
@Suite("Feed wording")
struct FeedWordingTests {
    /// One auto-ack mailer holding 20,000 emails in its buffer, crashed at 1 s; a 10,000-message
    /// queue that refuses publishes once full.
    static func feed(actions: [(Double, TimelineAction)] = []) -> [String] {
        var c = WorldConfig()
        c.seed = 1
        var full = QueueConfig(name: "orders")
        full.maxLength = 10_000
        full.overflow = .rejectPublish
        c.queues = [QueueConfig(name: "emails"), full]
        var pool = WorkerPoolConfig(name: "mailer", queue: 0)
        pool.ack = .auto
        pool.work = .constant(1_000_000)
        c.workers = [pool]
        var emails = ProducerConfig(name: "signups", target: .queue(0))
        emails.backlog = 20_000
        var orders = ProducerConfig(name: "shop", target: .queue(1))
        orders.backlog = 12_000
        c.producers = [emails, orders]
        c.stop = .after(.secs(10))
        var p = Playback(world: World(config: c), end: .zero + .secs(10), stopWhenDrained: false, interval: .secs(1))
        for (t, a) in actions {
            p.advance(to: .zero + .seconds(t))
            p.inject(a)
        }
        p.advance(to: .zero + .secs(10))
        return Frame(world: p.world, history: p.history, title: "feed").feed.map(\.text)
    }

    @Test("`19,999 auto-acked messages … lost` and `full (10,000 messages)`, never `19999` or `10000`")
    func countsAreGrouped() {
        let lines = Self.feed(actions: [(1, .crash(.worker(pool: 0, index: 0), downFor: nil))])
        let lost = lines.first { $0.contains("auto-acked") }
        #expect(lost?.contains(#/\d{1,3},\d{3} auto-acked messages/#) == true, "\(lines)")
        #expect(lines.contains { $0.contains("is full (10,000 messages)") }, "\(lines)")
        for line in lines { #expect(!line.contains(#/(^|[^\d,.])\d{4,}/#), "an ungrouped count: \(line)") }
    }

    @Test("slowing a worker, then slowing it by 1: `work back to normal speed`, never `1.0×`")
    func backToNormalSpeed() {
        let w = EntityRef.worker(pool: 0, index: 0)
        let lines = Self.feed(actions: [(1, .slow(w, factor: 10)), (2, .slow(w, factor: 1))])
        #expect(lines.contains("mailer-1: work now takes 10× as long"), "\(lines)")
        #expect(lines.contains("mailer-1: work back to normal speed"), "\(lines)")
        #expect(!lines.contains { $0.contains("1.0×") || $0.contains("10.0×") || $0.contains("slower") })
    }
}
