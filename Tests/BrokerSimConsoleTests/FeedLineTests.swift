import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimScenario
import Testing

/// The event feed says each event once, and its colour is the severity the model
/// chose where it wrote the line, never a guess from the words.
@Suite("Event feed lines")
struct FeedLineTests {
    /// Every built-in's scripted crashes (each variant), played to the crash instant:
    /// one feed line per crash entry, the entry's `note:` riding on that line.
    @Test func oneLinePerCrashInTheBuiltIns() throws {
        var checked = 0
        // rabbit-for-clickstream is slow in a debug build and has no scripted crash.
        for name in BuiltinScenarios.names where name != "rabbit-for-clickstream" {
            let sc = try ScenarioLoader.load(name)
            let configs = sc.variants.isEmpty ? [sc.config] : sc.variants.map(\.config)
            for cfg in configs {
                let crashes = cfg.timeline.filter { if case .crash = $0.action { return true } else { return false } }
                guard !crashes.isEmpty else { continue }
                var w = World(config: cfg)
                for at in Set(crashes.map(\.at)).sorted() {
                    w.advance(to: at)
                    let lines = w.feed.filter { $0.at == at && $0.text.contains("crashed") }
                    let here = crashes.filter { $0.at == at }
                    #expect(lines.count == here.count, "\(name) at \(at): \(lines.map(\.text))")
                    for e in here {
                        if let note = e.note {
                            #expect(lines.contains { $0.note == note }, "\(name): note \(note) not on a crash line")
                            #expect(!w.feed.contains { $0.at == at && $0.text == note }, "\(name): note \(note) on its own line")
                        }
                    }
                    checked += 1
                }
            }
        }
        #expect(checked >= 6)
    }

    static let audit = """
        title: t
        stop: 2m
        topics:
          ledger: { partitions: 4 }
        producers:
          pay: { to: ledger, rate: 100/s }
        groups:
          audit: { topic: ledger, consumers: 4, rate: 1k/s }
        timeline:
          - at: 30s
            crash: audit
            for: 30s
            note: "every audit consumer is down"
        """

    @Test func aWholeGroupCrashIsOneLine() throws {
        let sc = try ScenarioLoader.parse(text: Self.audit, file: "t.yaml", name: "t")
        var w = World(config: sc.config)
        w.advance(to: .zero + .secs(61))
        let crashed = w.feed.filter { $0.text.contains("crashed") }
        #expect(crashed.map(\.text) == ["4 audit consumers crashed: their 4 partitions wait 45s (session timeout); their next owners read from the last commit"])
        #expect(crashed.first?.note == "every audit consumer is down")
        #expect(crashed.first?.severity == .bad)
        #expect(w.feed.filter { $0.text.contains("restarted") }.map(\.text) == ["4 audit consumers restarted and join as new members"])
    }

    static let downstream = """
        title: t
        stop: 20s
        topics:
          events: { partitions: 2 }
        producers:
          app: { to: events, rate: 100/s }
        groups:
          downstream: { topic: events, consumers: 2, rate: 1k/s }
        timeline:
          - at: 10s
            scale: downstream
            count: 3
        """

    /// `downstream` holds the word `down`; the old word guess painted its lines red.
    @Test func aGroupNamedDownstreamIsNotRed() throws {
        let sc = try ScenarioLoader.parse(text: Self.downstream, file: "t.yaml", name: "t")
        var w = World(config: sc.config)
        w.advance(to: .zero + .secs(15))
        let frame = Frame(world: w, history: History(interval: .secs(1)), title: "t")
        let grid = ConsoleView.render(state: ConsoleState(), frame: frame, size: GridSize(width: 120, height: 40), glyphs: .unicode).grid
        var roles: [String: Role] = [:]
        for (y, line) in grid.lines.enumerated() {
            for phrase in ["downstream subscribed", "downstream scaled to 3"] {
                guard let r = line.range(of: phrase) else { continue }
                let x = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: r.lowerBound.samePosition(in: line.unicodeScalars)!)
                roles[phrase] = grid[x, y].style.fg
            }
        }
        #expect(roles["downstream subscribed"] == .plain)
        #expect(roles["downstream scaled to 3"] == .plain)
        #expect(FeedLine.role(.bad) == .alarm && FeedLine.role(.warning) == .warn && FeedLine.role(.good) == .ok)
    }

    /// Once the clock carries days, the times stay in one column.
    @Test func timesStayAlignedPastOneDay() {
        var grid = CellGrid(width: 60, height: 3)
        EventFeed([
            FeedLine(time: "23:59:59.000", text: "a"),
            FeedLine(time: "1d 00:00:01.000", text: "b"),
            FeedLine(time: "1d 00:00:02.000", text: "c", note: "why"),
        ]).render(into: &grid, in: grid.bounds, glyphs: .unicode)
        #expect(grid.lines == ["   23:59:59.000 a", "1d 00:00:01.000 b", "1d 00:00:02.000 c • why"])
    }
}
