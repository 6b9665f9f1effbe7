import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// What the task-queue panel says is what the broker counts: auto-acked messages are not
/// unacked, a blocked producer's `sent` stands still while `held` grows, the totals a caption
/// points at are on the queue line, and the bars do not exaggerate small values.
@Suite("Task-queue panel tells the truth")
struct QueueTruthScreenTests {
    static func config(ack: AckMode = .manual, prefetch: Int = 10, work: Double = 100_000, rate: Double = 0,
                       backlog: Int64 = 0, memory: Int64 = 4 << 30) -> WorldConfig {
        var c = WorldConfig()
        c.seed = 1
        c.queues = [QueueConfig(name: "emails")]
        var pool = WorkerPoolConfig(name: "mailer", queue: 0)
        pool.prefetch = prefetch
        pool.work = .constant(work)
        pool.ack = ack
        c.workers = [pool]
        var p = ProducerConfig(name: "signups", target: .queue(0))
        p.backlog = backlog
        p.rate = rate
        p.size = .constant(1024)
        c.producers = [p]
        c.broker.memory = memory
        c.stop = .after(.secs(600))
        return c
    }

    static func frame(_ c: WorldConfig, at seconds: Double) -> (Frame, String) {
        var p = Playback(world: World(config: c), end: .zero + .secs(600), stopWhenDrained: false,
                         interval: History.interval(forRunLength: .secs(600)))
        p.advance(to: .zero + .seconds(seconds))
        let f = Frame(world: p.world, history: p.history, title: "truth")
        var s = ConsoleState()
        s.paused = true
        return (f, ConsoleView.render(state: s, frame: f, size: ScreenGoldenTests.large, glyphs: .unicode).grid.text)
    }

    @Test("auto ack: the queue shows unacked 0 and the worker `holds 86`, with no prefetch fraction")
    func autoAck() {
        let (f, text) = Self.frame(Self.config(ack: .auto, backlog: 86), at: 0.05)
        #expect(f.queues[0].unacked == 0)
        #expect(f.workers[0].held == 86)
        #expect(text.contains("unacked 0"))
        #expect(text.contains("holds 86"))
        #expect(!text.contains("86/10"))
    }

    @Test("a blocked producer: `held` on its line, and `sent` stands still while it is BLOCKED")
    func heldOnTheProducerLine() {
        // 2,000 one-KB messages a second into a 32 MB broker nobody drains: once the queue index alone passes the watermark the alarm stays on.
        let c = Self.config(prefetch: 1, work: 10_000_000, rate: 2_000, memory: 32 << 20)
        let (a, textA) = Self.frame(c, at: 90)
        let (b, textB) = Self.frame(c, at: 91)
        #expect(a.producers[0].blocked && b.producers[0].blocked)
        #expect(a.producers[0].sent == b.producers[0].sent, "nothing reached the broker in that second")
        #expect(b.producers[0].held > a.producers[0].held)
        #expect(textA.contains("BLOCKED") && textB.contains("held \(CompactNumber.format(b.producers[0].held))"))
        #expect(textB.contains("alarm at 12.8 MB"), "the watermark is on the memory line")
        #expect(textB.contains("Task queue (RabbitMQ 3.10)"), "the panel says which broker the model follows")
    }

    @Test("published, acked and lost are on the queue line; duplicates when there are some")
    func totalsOnTheQueueLine() {
        let (_, text) = Self.frame(Self.config(prefetch: 1, work: 1_000, backlog: 1_000), at: 5)
        #expect(text.contains("published 1,000  acked 1,000  lost 0"))
        #expect(!text.contains("duplicates"))
        var q = QueueReading(name: "emails", published: 300, acked: 300, duplicates: 1)
        q.redelivered = 1
        #expect(QueuePanel.totals(q).map(\.0) == ["published", "acked", "lost", "duplicates", "redelivered"])
    }

    @Test("one unacked message does not fill a `no max` bar; 8 KB of 4 GB shows an empty memory bar")
    func smallValuesLookSmall() {
        let (_, text) = Self.frame(Self.config(prefetch: 1, work: 10_000_000, backlog: 1), at: 1)
        let bar = try! #require(text.split(separator: "\n").first { $0.contains("no max") })
        #expect(bar.contains("no max, bar 10"))
        #expect(bar.filter { $0 == "▒" }.count < 10, "one message of a scale of 10: a tenth of the bar")
        let memory = try! #require(text.split(separator: "\n").first { $0.contains("memory") })
        #expect(!memory.contains("█"), "\(memory)")
        #expect(QueuePanel.niceScale(1) == 10 && QueuePanel.niceScale(11) == 20 && QueuePanel.niceScale(4_100) == 5_000)
    }
}
