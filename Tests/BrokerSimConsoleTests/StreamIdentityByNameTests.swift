import BrokerSimUnits
import Testing
@testable import BrokerSimConsole

/// Inside one frame a group names its topic and a topic names its groups: a source whose
/// topics and groups come and go (or are listed in another order) between two reads still
/// draws each group under its own topic, with its own lag, badge and tape marker.
@Suite("Topics and groups by name within a frame")
struct StreamIdentityByNameTests {
    static let size = GridSize(width: 120, height: 40)

    static func group(_ name: String, _ topic: String, lag: Int64, health: GroupReading.Health = .keepingUp) -> GroupReading {
        GroupReading(name: name, topic: topic, lag: lag, lagSeconds: 1, health: health,
                     members: [.init(name: "\(name)-1", alive: true, partitions: [0])])
    }

    /// `orders` read by billing (committed 400 of 1,000) and audit (committed 900); `clicks` by stats.
    static let first = Frame(
        title: "t", now: SimTime(micros: 60_000_000),
        topics: [TopicReading(name: "orders", partitions: [PartitionReading(logStart: 0, logEnd: 1_000, committed: [400, 900])],
                              groups: ["billing", "audit"]),
                 TopicReading(name: "clicks", partitions: [PartitionReading(logStart: 0, logEnd: 5_000, committed: [4_000])],
                              groups: ["stats"])],
        groups: [group("billing", "orders", lag: 600, health: .fallingBehind), group("audit", "orders", lag: 100),
                 group("stats", "clicks", lag: 1_000)])

    /// The next read: the topics and groups listed in another order, and billing gone.
    static let second = Frame(
        title: "t", now: SimTime(micros: 65_000_000),
        topics: [TopicReading(name: "clicks", partitions: [PartitionReading(logStart: 0, logEnd: 5_500, committed: [5_000])],
                              groups: ["stats"]),
                 TopicReading(name: "orders", partitions: [PartitionReading(logStart: 0, logEnd: 1_000, committed: [950])],
                              groups: ["audit"])],
        groups: [group("stats", "clicks", lag: 500, health: .recovering), group("audit", "orders", lag: 50)])

    func lines(_ f: Frame, state: ConsoleState = ConsoleState()) -> [String] {
        ConsoleView.render(state: state, frame: f, size: Self.size, glyphs: .unicode).grid.text
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The row of the first line containing `text`.
    func row(_ text: String, _ lines: [String]) throws -> Int { try #require(lines.firstIndex { $0.contains(text) }) }

    /// The tape row under a topic's heading: `p0`, the log start, the tape, the log end.
    func tape(of topic: String, _ lines: [String]) throws -> String { lines[try row(topic, lines) + 1] }

    @Test func eachGroupStaysUnderItsOwnTopicWithItsOwnNumbers() throws {
        let a = lines(Self.first)
        let orders = try row("orders", a), clicks = try row("clicks", a)
        #expect(orders < clicks)
        for (name, lag) in [("billing", "600"), ("audit", "100")] {
            let r = try row("\(name) lag", a)
            #expect(r > orders && r < clicks, "\(name) under orders")
            #expect(a[r].contains("lag \(lag)"))
        }
        #expect(a[try row("billing lag", a)].contains("falling behind"))
        #expect(try row("stats lag", a) > clicks)
        // billing is orders' first group (a), audit its second (b); clicks' only group is a.
        #expect(a[try row("billing lag", a)].contains("a billing"))
        #expect(a[try row("audit lag", a)].contains("b audit"))
        #expect(try tape(of: "orders", a).contains("a") && tape(of: "orders", a).contains("b"))

        let b = lines(Self.second)
        let clicks2 = try row("clicks", b), orders2 = try row("orders", b)
        #expect(clicks2 < orders2)
        #expect(!b.contains { $0.contains("billing") })
        let stats = try row("stats lag", b), audit = try row("audit lag", b)
        #expect(stats > clicks2 && stats < orders2, "stats under clicks")
        #expect(audit > orders2, "audit under orders")
        // Each with its own lag and badge, not those of the group that sat at its position before.
        #expect(b[stats].contains("lag 500") && b[stats].contains("recovering"))
        #expect(b[audit].contains("lag 50") && b[audit].contains("keeping up") && !b[audit].contains("falling behind"))
        // audit is now orders' only group: its letter and its marker are `a`, and no `b` is left.
        #expect(b[audit].contains("a audit"))
        let ordersTape = try tape(of: "orders", b)
        #expect(ordersTape.contains("a") && !ordersTape.contains("b"))
        #expect(try tape(of: "clicks", b).contains("a"))
    }

    @Test func aDownGroupsMarkerIsRedWhereverItIsListed() throws {
        // The marker takes its colour from the group it names, not from the group at its index.
        var f = Self.second
        f.groups = [Self.group("audit", "orders", lag: 50, health: .down), Self.group("stats", "clicks", lag: 500)]
        let screen = ConsoleView.render(state: ConsoleState(), frame: f, size: Self.size, glyphs: .unicode)
        let rows = screen.grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func markerRole(_ topic: String) throws -> Role? {
            let y = try row(topic, rows) + 1
            let x = try #require(Array(rows[y]).lastIndex(of: "a"))
            return screen.grid[x, y].style.fg
        }
        #expect(try markerRole("orders") == .alarm)
        #expect(try markerRole("clicks") == .accent)
    }

    @Test func theSelectedGroupIsFollowedByNameAcrossReads() {
        #expect(Self.second.name(of: .group("audit")) == "audit")
        #expect(Self.second.selectables().contains(.group("audit")))
        #expect(!Self.second.selectables().contains(.group("billing")))
        // In the order drawn: clicks' group first now, then orders'.
        #expect(Self.second.selectables().filter { if case .group = $0 { true } else { false } } == [.group("stats"), .group("audit")])
    }

    @Test func aGroupNamingATopicNotInTheFrameIsNotDrawnUnderAnother() {
        var f = Self.second
        f.groups.append(Self.group("ghost", "gone-topic", lag: 7))
        let text = lines(f)
        #expect(!text.contains { $0.contains("ghost") })
        #expect(f.selectables().contains(.group("ghost")) == false)
    }
}
