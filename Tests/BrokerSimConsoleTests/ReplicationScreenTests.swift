@testable import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimScenario
import Testing

/// The built-in kafka-broker-down on screen: the ISR line under the tapes says who leads,
/// how many replicas are in sync and which brokers are down.
@Suite("Whole screens: Kafka replication")
struct ReplicationScreenTests {
    static let small = GridSize(width: 80, height: 24)
    static let large = GridSize(width: 120, height: 40)

    @Test func twoBrokersDown() throws {
        for size in [Self.small, Self.large] {
            let text = try screen("kafka-broker-down", at: 75, size: size)
            // kafka-1 and kafka-2 are down and noticed: kafka-3 leads all, alone in the ISR.
            #expect(text.contains("1/3"))
            #expect(text.contains("✖kafka-1 ✖kafka-2"))
            #expect(text.contains("NotEnoughReplicas") || size == Self.small)
            Golden.check(text, named: "kafka-broker-down-75s-\(size)")
        }
    }

    @Test func leaderLostBeforeTheControllerNotices() throws {
        let text = try screen("kafka-broker-down", at: 33, size: Self.large)
        // payments-0 has no leader for the 9 s of detection; its followers keep theirs.
        #expect(text.contains("ISR p0 ✖kafka-1 3/3  p1 kafka-2 3/3  p2 kafka-3 3/3"))
        Golden.check(text, named: "kafka-broker-down-33s-\(Self.large)")
    }

    @Test func everyoneBackInSync() throws {
        let text = try screen("kafka-broker-down", at: 140, size: Self.large)
        #expect(text.contains("ISR p0 kafka-3 3/3  p1 kafka-3 3/3  p2 kafka-3 3/3"))
        #expect(!text.contains("✖kafka"))
    }
}

/// The built-in rabbit-node-down on screen: the nodes line under the broker's memory, and on
/// each queue's first row where it lives and whether it can deliver.
@Suite("Whole screens: RabbitMQ cluster")
struct ClusterScreenTests {
    @Test func nodeDownQuorumCarriesOn() throws {
        for size in [ReplicationScreenTests.small, ReplicationScreenTests.large] {
            let text = try screen("rabbit-node-down", at: 45, size: size)
            #expect(text.contains("✖ rabbit-2"))
            #expect(text.contains("quorum 2/3 up"))
            #expect(text.contains("UNAVAILABLE"))
            Golden.check(text, named: "rabbit-node-down-45s-\(size)")
        }
    }

    /// A pane as narrow as half a terminal (variants side by side, drive's two panes, a queue
    /// panel beside a stream panel) keeps the quorum queue's leader: the rates move down to
    /// the totals row and the counts shorten first; narrower still, the leader leads that row.
    @Test(arguments: [36, 40, 50, 60, 70, 80])
    func aNarrowPaneKeepsTheLeader(width: Int) throws {
        let cfg = try ScenarioLoader.load("rabbit-node-down").config
        var p = Playback(world: World(config: cfg), end: .zero + .secs(200), stopWhenDrained: false,
                         interval: History.interval(forRunLength: .secs(200)))
        p.advance(to: .zero + .secs(45))
        var c = Canvas(size: GridSize(width: width, height: 30), glyphs: .unicode, selection: nil)
        QueuePanel(frame: Frame(world: p.world, history: p.history, title: "")).render(into: &c, in: c.grid.bounds)
        let orders = c.grid.lines.drop { !$0.contains("orders") }.prefix(3).joined(separator: "\n")
        #expect(orders.contains("leader rabbit-3"), "at \(width) columns:\n\(orders)")
        #expect(orders.contains("in 46/s"), "the rates are still on screen at \(width) columns:\n\(orders)")
        #expect(!orders.contains("…"), "nothing cut at \(width) columns:\n\(orders)")
    }

    @Test func electingALeader() throws {
        let text = try screen("rabbit-node-down", at: 31, size: ReplicationScreenTests.large)
        #expect(text.contains("orders  quorum 2/3 up, electing a leader"))
        #expect(text.contains("emails  UNAVAILABLE: rabbit-2 down"))
    }

    @Test func noMajority() throws {
        let text = try screen("rabbit-node-down", at: 110, size: ReplicationScreenTests.large)
        #expect(text.contains("orders  quorum 1/3 up, UNAVAILABLE (no majority)"))
        #expect(text.contains("emails  on rabbit-2"))
        Golden.check(text, named: "rabbit-node-down-110s-\(ReplicationScreenTests.large)")
    }
}

/// The built-in rabbit-stream on screen: a stream drawn as a tape in the task-queue panel.
@Suite("Whole screens: RabbitMQ stream")
struct StreamQueueScreenTests {
    @Test func streamTape() throws {
        for size in [ReplicationScreenTests.small, ReplicationScreenTests.large] {
            let text = try screen("rabbit-stream", at: 100, size: size)
            #expect(text.contains("activity"))
            #expect(text.contains("stream, end"))
            #expect(text.contains("┼"), "segment ends on the tape")
            #expect(text.contains("deleted"))
            Golden.check(text, named: "rabbit-stream-100s-\(size)")
        }
    }
}
