import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Testing

/// Finding 3: the badge, the numbers beside it and the time to catch up tell one story.
@Suite("Stream: badge, lag and ETA agree")
struct StreamBadgeTests {
    static let wide = GridSize(width: 200, height: 60)

    static func playback(_ cfg: WorldConfig, _ end: SimTime) -> Playback {
        Playback(world: World(config: cfg), end: end, stopWhenDrained: cfg.stop == .drained,
                 interval: History.interval(forRunLength: end - .zero))
    }

    static func screen(_ f: Frame) -> [String] {
        var s = ConsoleState()
        s.paused = true
        return ConsoleView.render(state: s, frame: f, size: wide, glyphs: .unicode).grid.lines
    }

    /// Every built-in with a stream side, 50 instants each: a keeping-up group leaves at most a
    /// poll per partition unread, a recovering one more than that with a finite ETA, a falling
    /// one no ETA; and the group's line shows the unread count the badge judged.
    @Test(arguments: StreamTruthWorlds.names)
    func badgeAgreesWithTheNumbersShown(name: String) throws {
        var checked = 0
        for (label, cfg, end) in try StreamTruthWorlds.variants(name) {
            var p = Self.playback(cfg, end)
            for t in StreamTruthWorlds.instants(end, 50) {
                p.advance(to: t)
                let f = Frame(world: p.world, history: p.history, title: label)
                let lines = Self.screen(f)
                for g in f.groups {
                    let at = "\(label) \(g.name) at \(ClockText.clock(p.now))"
                    switch g.health {
                    case .keepingUp:
                        #expect(g.unread <= g.keepingUpLimit, "\(at): keeping up with \(g.unread) unread")
                        #expect(g.catchUpSeconds == nil, "\(at)")
                    case .recovering:
                        #expect(g.unread > g.keepingUpLimit / Int64(max(1, (f.topics.first { $0.name == g.topic }?.partitions.count ?? 1))), "\(at)")
                        #expect(g.catchUpSeconds != nil, "\(at): recovering without an ETA")
                    case .fallingBehind, .down, .stopped, .waiting, .rebalancing:
                        #expect(g.catchUpSeconds == nil, "\(at): \(g.health) with an ETA")
                    }
                    guard let line = lines.first(where: { $0.contains(" \(g.name) lag ") || $0.contains(" \(g.name) unread ") })
                    else { continue }
                    checked += 1
                    #expect(line.contains(g.health.rawValue), "\(at): \(line)")
                    let u = CompactNumber.format(g.unread)
                    #expect(line.contains("unread \(u)") || (u == CompactNumber.format(g.lag) && line.contains("lag \(u)")),
                            "\(at): the line does not show the \(u) unread the badge judged: \(line)")
                }
            }
        }
        #expect(checked >= 50)
    }

    /// The review's case: analytics-1 slowed 5× in queue-vs-stream reads 200/s of the ~333/s
    /// its partition gets. It never recovers, so the badge says falling behind and gives no ETA
    /// (it said "recovering eta 3s … 29s" while the lag grew), here and in the report.
    @Test func aSlowedMemberThatCannotKeepUpIsFallingBehind() throws {
        let sc = try ScenarioLoader.load("queue-vs-stream")
        let analytics = try #require(sc.config.groups.firstIndex { $0.name == "analytics" })
        var p = Self.playback(sc.config, .zero + .secs(300))
        p.advance(to: .zero + .secs(30))
        p.inject(.slow(.member(group: analytics, index: 0), factor: 5))
        var unread: [Int64] = []
        for s in [45, 90, 150, 240, 299] {
            p.advance(to: .zero + .secs(Int64(s)))
            let f = Frame(world: p.world, history: p.history, title: "")
            let g = f.groups[analytics]
            #expect(g.health == .fallingBehind, "at \(s) s: \(g.health)")
            #expect(g.catchUpSeconds == nil)
            #expect(Self.screen(f).contains { $0.contains("a analytics") && $0.contains("falling behind") && !$0.contains("eta") })
            unread.append(g.unread)
        }
        #expect(unread == unread.sorted() && unread[0] < unread[unread.count - 1], "\(unread)")
        // The report's `status` and `catch_up_eta_seconds` are these two.
        #expect(p.world.groupStatus(analytics) == .fallingBehind)
        #expect(p.world.catchUpETA(analytics) == nil)
    }

    /// The review's other case: `latecomer` has read everything and only its commit trails.
    /// The line says so (unread 0) next to "keeping up", instead of a bare lag of 1,273.
    @Test func aCommitTrailingTheReadPositionIsShownAsUnreadZero() {
        let f = Frame(title: "t", topics: [TopicReading(name: "signups", partitions: [], groups: ["latecomer"])],
                      groups: [GroupReading(name: "latecomer", topic: "signups", lag: 1_273, unread: 0, lagSeconds: 127,
                                            health: .keepingUp)])
        let line = Self.screen(f).first { $0.contains("latecomer") } ?? ""
        #expect(line.contains("lag 1,273 (2m07s) unread 0"), "\(line)")
        #expect(line.contains("keeping up"))
    }
}
