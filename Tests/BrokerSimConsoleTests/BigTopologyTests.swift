import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// A user's own topology: 100 queues of 10 workers, 50 topics of 16 partitions read by
/// 3 groups each. Every panel scrolls, says what is hidden, keeps the selection in view,
/// filters and sorts; big pools fold into one line.
@Suite("The console at the size of a real system")
struct BigTopologyTests {
    static let size = GridSize(width: 120, height: 40)

    static let frame: Frame = {
        let statuses: [WorkerReading.Status] = [.busy, .busy, .idle, .busy, .slow, .busy, .idle, .busy, .busy, .crashed]
        var workers: [WorkerReading] = []
        for q in 0..<100 {
            for i in 0..<10 {
                workers.append(WorkerReading(name: "w\(q + 1)-\(i + 1)", pool: "w\(q + 1)", index: i, queue: "jobs-\(q + 1)", status: statuses[(q + i) % 10],
                                             held: 1, prefetch: 1, processed: Int64(100 * q + i)))
            }
        }
        let queues = (0..<100).map { q in
            QueueReading(name: "jobs-\(q + 1)", ready: Int64((q * 37) % 101), unacked: 9, inRate: 50, outRate: 50)
        }
        var groups: [GroupReading] = []
        var topics: [TopicReading] = []
        for t in 0..<50 {
                        for (k, name) in ["billing", "audit", "search"].enumerated() {
                groups.append(GroupReading(name: "\(name)-t\(t + 1)", topic: "events-\(t + 1)", lag: Int64((t * 7 + k * 13) % 50) * 100,
                                           lagSeconds: 1, members: (0..<4).map {
                    .init(name: "\(name)-t\(t + 1)-\($0 + 1)", alive: true, partitions: Array(($0 * 4)..<($0 * 4 + 4)))
                }))
            }
            topics.append(TopicReading(name: "events-\(t + 1)", partitions: (0..<16).map { _ in
                PartitionReading(logStart: 0, logEnd: Int64(1_000 + t), committed: [Int64(900), Int64(950), Int64(1_000)])
            }, groups: ["billing", "audit", "search"].map { "\($0)-t\(t + 1)" }, inRate: 100))
        }
        return Frame(title: "A real system", seed: 1, now: SimTime(micros: 60_000_000), queues: queues, workers: workers,
                     pools: (1...100).map { "w\($0)" },
                     producers: [ProducerReading(name: "api", target: "jobs-1", rate: 5_000, sent: 300_000),
                                 ProducerReading(name: "web", target: "events-1", rate: 100, sent: 6_000, toStream: true)],
                     topics: topics, groups: groups)
    }()

    func draw(_ state: ConsoleState) -> RenderedScreen {
        var s = state
        s.paused = true
        return ConsoleView.render(state: s, frame: Self.frame, size: Self.size, glyphs: .unicode)
    }

    @Test func saysWhatIsHiddenAndFoldsBigPools() {
        let screen = draw(ConsoleState())
        let text = screen.grid.text
        Golden.check(text, named: "big-topology-120x40")
        #expect(text.contains("+ 10 w1: 1 crashed 1 slow 6 busy 2 idle  processed 45"))
        #expect(text.contains(" more queues"))
        #expect(text.contains(" more topics"))
        // Only what is shown is drawn: no row for a worker of a folded pool.
        #expect(!text.contains("w1-1 "))
    }

    /// Finding: selecting `w5-10` (of 10 queues) did not bring it into view. Here `w45-10`,
    /// 36 queues below the last one shown; then walking down keeps the selection shown.
    @Test func theSelectionIsScrolledIntoViewAndItsPoolUnfolds() throws {
        var s = ConsoleState()
        s.selection = .worker("w45-10")
        var screen = draw(s)
        Golden.check(screen.grid.text, named: "big-topology-w45-10-120x40")
        let hit = try #require(screen.hitAreas.first { $0.target == .worker("w45-10") })
        #expect(screen.grid[hit.rect.x + 2, hit.rect.y].style.reverse)
        #expect(screen.grid.text.contains("w45-10 busy"))
        #expect(screen.grid.text.contains("↑ 41 above  ↓ 55 more queues"))
        s.selection = .worker("w5-10")
        screen = draw(s)
        // Walking down keeps it in view, a row at a time, the window carried from frame to frame.
        for _ in 0..<25 {
            s.scroll = screen.scroll
            _ = s.reduce(.selectNext, frame: Self.frame)
            screen = draw(s)
            let sel = try #require(s.selection)
            #expect(screen.hitAreas.contains { $0.target == sel }, "\(sel) not on screen")
        }
        #expect(s.selection == .worker("w8-5"))
        // A group far down the stream panel, too.
        s.selection = .member(group: "audit-t41", name: "audit-t41-3")
        screen = draw(s)
        #expect(screen.hitAreas.contains { $0.target == .member(group: "audit-t41", name: "audit-t41-3") })
        #expect(screen.grid.text.contains("audit-t41"))
    }

    @Test func slashFiltersByNameAndEscClears() {
        var s = ConsoleState()
        for a: ConsoleAction in [.startFilter, .type("w"), .type("4"), .type("2"), .erase, .type("7"), .confirm] {
            _ = s.reduce(a, frame: Self.frame)
        }
        #expect(s.view.filter == "w47" && !s.filtering)
        let text = draw(s).grid.text
        Golden.check(text, named: "big-topology-filter-120x40")
        #expect(text.contains("/w47 1 of 100"))
        #expect(text.contains("jobs-47") && !text.contains("jobs-46"))
        // The keys walk only what is shown.
        _ = s.reduce(.selectNext, frame: Self.frame)
        #expect(s.selection == .worker("w47-1"))
        _ = s.reduce(.dismiss, frame: Self.frame)
        #expect(s.view.filter.isEmpty && s.message == "Filter cleared")
        // While typing, keys are text: `q` does not quit, `c` does not crash.
        var typing = ConsoleState()
        _ = typing.reduce(.startFilter, frame: Self.frame)
        #expect(KeyMap.standard.typingAction(for: .char("q")) == .type("q"))
        #expect(typing.reduce(.type("q"), frame: Self.frame).isEmpty && typing.view.filter == "q")
        #expect(KeyMap.standard.typingAction(for: .escape) == .dismiss)
    }

    @Test func oCyclesTheOrder() {
        var s = ConsoleState()
        _ = s.reduce(.cycleOrder, frame: Self.frame)
        #expect(s.view.order == .name)
        _ = s.reduce(.cycleOrder, frame: Self.frame)
        #expect(s.view.order == .depth)
        let byDepth = Self.frame.queueOrder(s.view, byQueue: Self.frame.workersByQueue())
        #expect(Self.frame.queues[byDepth[0]].name == "jobs-31")  // ready 100, the deepest
        let text = draw(s).grid.text
        #expect(text.contains("by depth"))
        let first = text.split(separator: "\n").first { $0.contains("jobs-") }
        #expect(first?.contains("jobs-31") == true)
        _ = s.reduce(.cycleOrder, frame: Self.frame)
        #expect(s.view.order == .lag)
        _ = s.reduce(.cycleOrder, frame: Self.frame)
        #expect(s.view.order == .declared)
    }

    /// The window looks at the entries it shows, not at the whole list.
    @Test func aWindowMeasuresOnlyWhatItShows() {
        var asked = 0
        let w = ScrollWindow(total: 100_000, rows: 30, start: 50_000, keep: 70_000) { _ in asked += 1; return 3 }
        #expect(w.first == 69_991 && w.count == 10)
        #expect(asked <= 25)
        let top = ScrollWindow(total: 100, rows: 10, start: 0, keep: nil) { _ in 2 }
        #expect(top.first == 0 && top.count == 5 && top.hiddenBelow == 95)
        // The end of the list pulls earlier entries in rather than leave rows empty.
        let end = ScrollWindow(total: 10, rows: 10, start: 9, keep: nil) { _ in 2 }
        #expect(end.first == 5 && end.count == 5)
    }
}
