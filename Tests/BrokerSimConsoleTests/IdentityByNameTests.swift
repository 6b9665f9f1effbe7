import BrokerSimConsole
import BrokerSimSnapshot
import Testing

/// A live broker's queues and consumers come and go between reads: the selection and the
/// workers under each queue go by name, never by where things sat in the last read.
@Suite("Identity by name across live reads")
struct IdentityByNameTests {
    static let size = GridSize(width: 100, height: 30)

    static func consumer(_ name: String, _ queue: String, unacked: Int64 = 1) -> ConsumerSnapshot {
        ConsumerSnapshot(name: name, tag: "ctag-\(name)", queue: queue, prefetch: 2, unacked: unacked, acked: 10)
    }

    /// alpha, bravo and charlie with their consumers; on the second read bravo is gone and
    /// alpha has a second consumer.
    static let first = Snapshot(source: "rabbit@test", readAt: 1_000_000, queues: [
        QueueSnapshot(name: "alpha", ready: 10, unacked: 1, consumers: 1),
        QueueSnapshot(name: "bravo", ready: 20, unacked: 1, consumers: 1),
        QueueSnapshot(name: "charlie", ready: 30, unacked: 2, consumers: 2),
    ], consumers: [consumer("app-1 (1)", "alpha"), consumer("app-2 (1)", "bravo"),
                   consumer("app-3 (1)", "charlie"), consumer("app-3 (2)", "charlie")])
    static let second = Snapshot(source: "rabbit@test", readAt: 1_005_000, queues: [
        QueueSnapshot(name: "alpha", ready: 8, unacked: 2, consumers: 2),
        QueueSnapshot(name: "charlie", ready: 25, unacked: 2, consumers: 2),
    ], consumers: [consumer("app-1 (1)", "alpha"), consumer("app-1 (2)", "alpha"),
                   consumer("app-3 (1)", "charlie"), consumer("app-3 (2)", "charlie")])

    /// A watched broker whose poller has read `first`, and hands over `second` when told.
    final class Reads {
        var pending: [Snapshot] = []
        var source: LiveSource!
        init() {
            source = LiveSource(first: IdentityByNameTests.first, intervalMillis: 5_000, take: { [unowned self] in
                defer { self.pending = [] }
                return (self.pending, ReadStatus(lastRead: (self.pending.last ?? IdentityByNameTests.first).readAt, intervalMillis: 5_000))
            }, epochMillis: { IdentityByNameTests.second.readAt })
        }
    }

    /// The row (0-based) of the first line containing `text`.
    func row(_ text: String, in screen: String) -> Int? {
        screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }
    }

    @Test func aQueueGoneAndAConsumerNewLeaveTheSelectionAndEachWorkerWhereTheyBelong() throws {
        let reads = Reads()
        let driver = ConsoleDriver(source: reads.source, state: ConsoleState(), clock: WallClock { 0 })
        _ = driver.draw(size: Self.size, glyphs: .unicode)
        // Down to charlie's second consumer: fourth of four.
        for _ in 0..<4 { _ = driver.press(.down) }
        let selected = try #require(driver.state.selection)
        #expect(driver.frames[0].name(of: selected) == "app-3 (2)")

        reads.pending = [Self.second]
        let screen = driver.draw(size: Self.size, glyphs: .unicode)
        let text = screen.grid.text
        // Still charlie's second consumer, drawn selected where it is now (third of four).
        #expect(driver.state.selection == selected)
        #expect(driver.frames[0].name(of: selected) == "app-3 (2)")
        let hit = try #require(screen.hitAreas.first { $0.target == selected })
        #expect(screen.grid[hit.rect.x + 2, hit.rect.y].style.reverse)
        #expect(text.split(separator: "\n")[hit.rect.y].contains("app-3 (2)"))
        // Each consumer under its own queue: alpha's two above charlie, charlie's two below it.
        #expect(driver.frames[0].queues.map(\.name) == ["alpha", "charlie"])
        let alpha = try #require(row("alpha", in: text)), charlie = try #require(row("charlie", in: text))
        for name in ["app-1 (1)", "app-1 (2)"] {
            let r = try #require(row(name, in: text))
            #expect(r > alpha && r < charlie, "\(name) under alpha")
        }
        for name in ["app-3 (1)", "app-3 (2)"] { #expect(try #require(row(name, in: text)) > charlie, "\(name) under charlie") }
        // The worker readings name their queue.
        #expect(driver.frames[0].workers.map(\.queue) == ["alpha", "alpha", "charlie", "charlie"])
        // Walking on from there goes to the next thing after it, not after its old position.
        _ = driver.press(.down)
        #expect(driver.state.selection.flatMap { driver.frames[0].name(of: $0) } == "app-1 (1)")
    }

    @Test func aSelectedConsumerThatGoesIsDroppedNotMovedToAnother() throws {
        let reads = Reads()
        let driver = ConsoleDriver(source: reads.source, state: ConsoleState(), clock: WallClock { 0 })
        _ = driver.draw(size: Self.size, glyphs: .unicode)
        for _ in 0..<2 { _ = driver.press(.down) }
        #expect(driver.state.selection.flatMap { driver.frames[0].name(of: $0) } == "app-2 (1)")
        reads.pending = [Self.second]
        _ = driver.draw(size: Self.size, glyphs: .unicode)
        // bravo and its consumer are gone (it held one unacked: listed as gone under no queue).
        #expect(driver.state.selection == nil)
    }
}
