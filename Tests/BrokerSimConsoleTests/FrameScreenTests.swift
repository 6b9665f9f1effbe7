import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// Screens drawn from frames built in code: the memory alarm, and both sides
/// at once with the stream ledger (the stream model's readings plug into the
/// same frame).
@Suite("Whole screens from frames")
struct FrameScreenTests {
    static let drain: [Double] = (0..<60).map { Double(max(0, 6_000 - $0 * 110)) }

    static let queueVsStream = Frame(
        title: "Queue versus stream: the same crash on both sides", seed: 42, now: SimTime(micros: 3_723_400_000),
        queues: [QueueReading(name: "emails", ready: 1_840, unacked: 12, limit: 10_000, inRate: 200, outRate: 260,
                              redelivered: 3, depthHistory: drain)],
        workers: (1...4).map { i in
            WorkerReading(name: "mailer-\(i)", pool: "mailer", index: i - 1, queue: "emails",
                          status: i == 3 ? .crashed : .busy, held: i == 3 ? 0 : 3, prefetch: 3, processed: Int64(9_000 + i * 37))
        },
        pools: ["mailer"],
        broker: BrokerReading(memory: 180 << 20, capacity: 4 << 30, watermark: Int64(Double(4 << 30) * 0.4)),
        producers: [ProducerReading(name: "signups", target: "emails", rate: 200, sent: 744_680),
                    ProducerReading(name: "website", target: "clicks", rate: 2_000, sent: 7_446_800, toStream: true)],
        topics: [TopicReading(name: "clicks", partitions: [
            PartitionReading(logStart: 0, logEnd: 2_481_000, committed: [2_480_950, 1_900_000, nil]),
            PartitionReading(logStart: 0, logEnd: 2_482_400, committed: [2_482_400, 1_950_000, nil]),
            PartitionReading(logStart: 0, logEnd: 2_483_400, committed: [2_483_100, 2_001_000, nil]),
        ], groups: ["analytics", "billing", "audit"], inRate: 2_000)],
        groups: [
            GroupReading(name: "analytics", topic: "clicks", lag: 350, lagSeconds: 0.2, health: .keepingUp,
                         lagHistory: Array(repeating: 300, count: 40),
                         members: (1...3).map { .init(name: "analytics-\($0)", alive: true, partitions: [$0 - 1]) }),
            GroupReading(name: "billing", topic: "clicks", lag: 1_595_800, lagSeconds: 798, health: .recovering,
                         catchUpSeconds: 412, lagHistory: (0..<40).map { Double(min($0, 25) * 80_000 - max(0, $0 - 25) * 20_000) },
                         members: [.init(name: "billing-1", alive: true, partitions: [0, 1, 2])]),
            GroupReading(name: "audit", topic: "clicks", lag: 7_446_800, lagSeconds: 3_723, health: .down,
                         members: [.init(name: "audit-1", alive: false, partitions: [])]),
        ],
        feed: [
            FeedLine(time: "01:00:00.000", text: "mailer-3 crashed: 3 unacked messages back to the queue, marked redelivered"),
            FeedLine(time: "01:00:00.000", text: "billing-1 crashed: its partitions wait 45s for the session timeout"),
            FeedLine(time: "01:00:45.000", text: "billing rebalanced: billing-1 rejoined with p0,p1,p2"),
        ]
    )

    static let alarm = Frame(
        title: "RabbitMQ for a clickstream", seed: 11, now: SimTime(micros: 90_000_000),
        queues: [QueueReading(name: "clicks", ready: 2_012_345, unacked: 1_000, inRate: 0, outRate: 20_000,
                              depthHistory: (0..<60).map { Double($0 * 33_000) })],
        workers: (1...4).map { WorkerReading(name: "analytics-\($0)", pool: "analytics", index: $0 - 1, queue: "clicks", status: .busy,
                                             held: 250, prefetch: 250, processed: 239_000) },
        pools: ["analytics"],
        broker: BrokerReading(memory: 1_900 << 20, capacity: 4 << 30, watermark: Int64(Double(4 << 30) * 0.4),
                              alarm: true, blockedPublishers: 1),
        producers: [ProducerReading(name: "website", target: "clicks", rate: 50_000, sent: 6_000_000, blocked: true)],
        feed: [FeedLine(time: "00:01:07.500", text: "memory alarm: 2.5 GB above the watermark 1.6 GB; publishers blocked")]
    )

    func draw(_ f: Frame, _ size: GridSize, state: ConsoleState = ConsoleState()) -> String {
        ConsoleView.render(state: state, frame: f, size: size, glyphs: .unicode).grid.text
    }

    @Test func bothSidesWithTheLedger() {
        Golden.check(draw(Self.queueVsStream, ScreenGoldenTests.small), named: "frame-queue-vs-stream-80x24")
        Golden.check(draw(Self.queueVsStream, ScreenGoldenTests.large), named: "frame-queue-vs-stream-120x40")
    }

    @Test func memoryAlarmBlocksThePublisher() {
        let text = draw(Self.alarm, ScreenGoldenTests.small)
        #expect(text.contains("ALARM"))
        #expect(text.contains("BLOCKED"))
        Golden.check(text, named: "frame-alarm-80x24")
    }

    @Test func aClickOnADrawnCellSelectsIt() {
        let screen = ConsoleView.render(state: ConsoleState(), frame: Self.queueVsStream, size: ScreenGoldenTests.large, glyphs: .unicode)
        var s = ConsoleState()
        s.hitAreas = screen.hitAreas
        let audit = try! #require(screen.hitAreas.first { $0.target == .member(group: "audit", name: "audit-1") })
        _ = s.reduce(.selectAt(x: audit.rect.x, y: audit.rect.y), frame: Self.queueVsStream)
        #expect(s.selection == .member(group: "audit", name: "audit-1"))
        // Drawn selected: reverse video over the consumer's cell.
        let selected = ConsoleView.render(state: s, frame: Self.queueVsStream, size: ScreenGoldenTests.large, glyphs: .unicode)
        #expect(selected.grid[audit.rect.x, audit.rect.y].style.reverse)
    }

    @Test func manyPartitionsOnASmallScreenAreSummedOnOneTape() {
        var f = Self.queueVsStream
        f.topics[0].partitions = Array(repeating: f.topics[0].partitions[0], count: 24)
        let text = draw(f, ScreenGoldenTests.small)
        #expect(text.contains("all 0 ├"))
        #expect(text.contains("24 partitions"))
    }
}
