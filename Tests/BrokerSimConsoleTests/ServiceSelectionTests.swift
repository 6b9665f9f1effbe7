import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimScenario
import Testing

@Suite("Service instances from the keyboard")
struct ServiceSelectionTests {
    /// sync-trap's first variant (`sync`) played to `seconds`, with its frame.
    func playback(at seconds: Int64) throws -> (Playback, Frame) {
        let sc = try ScenarioLoader.load("sync-trap")
        let cfg = try #require(sc.variants.first).config
        var p = Playback(world: World(config: cfg), end: .zero + .secs(120), stopWhenDrained: false,
                         interval: History.interval(forRunLength: .secs(120)))
        p.advance(to: .zero + .secs(seconds))
        return (p, Frame(world: p.world, history: p.history, title: sc.title, variant: "sync"))
    }

    @Test("instances come first (the services column is leftmost), and Tab starts there")
    func instancesAreSelectable() throws {
        let (_, frame) = try playback(at: 10)
        #expect(Array(frame.selectables().prefix(2)) == [.instance(service: "email-api", name: "email-api-1"), .instance(service: "email-api", name: "email-api-2")])
        #expect(frame.name(of: .instance(service: "email-api", name: "email-api-2")) == "email-api-2")
        var s = ConsoleState()
        _ = s.reduce(.nextSection, frame: frame)
        #expect(s.selection == .instance(service: "email-api", name: "email-api-1"))
    }

    @Test("side by side, the keys reach the sync pane's instances and the async pane's senders")
    func variantsShareOneSelection() throws {
        let sc = try ScenarioLoader.load("sync-trap")
        let frames = sc.variants.map { v -> Frame in
            var p = Playback(world: World(config: v.config), end: .zero + .secs(120), stopWhenDrained: false,
                             interval: History.interval(forRunLength: .secs(120)))
            p.advance(to: .zero + .secs(5))
            return Frame(world: p.world, history: p.history, title: sc.title, variant: v.name)
        }
        #expect(frames.map { $0.variant } == ["sync", "async"])
        let merged = Frame.selection(across: frames)
        #expect(merged.selectables().first == .instance(service: "email-api", name: "email-api-1"))
        #expect(merged.selectables().contains(.worker("email-sender-8")))
        #expect(merged.name(of: .instance(service: "email-api", name: "email-api-1")) == "email-api-1")
        #expect(merged.name(of: .worker("email-sender-8")) == "email-sender-8")
        // An action goes to the panes that have the thing: the instance is only in `sync`.
        #expect(frames.map { $0.name(of: .instance(service: "email-api", name: "email-api-1")) != nil } == [true, false])
        var s = ConsoleState()
        _ = s.reduce(.nextSection, frame: merged)
        _ = s.reduce(.nextSection, frame: merged)
        #expect(s.selection == .worker("email-sender-1"))
    }

    @Test("c crashes the selected instance: it shows crashed, highlighted, and the feed says what its calls did")
    func crashAnInstance() throws {
        var (p, frame) = try playback(at: 10)
        var s = ConsoleState()
        s.selection = .instance(service: "email-api", name: "email-api-2")
        let effects = s.reduce(.crashSelected, frame: frame)
        #expect(effects == [.intervene(Intervention(.crash, .instance("email-api-2")))])
        // By name, found in the run itself: instance 1 of service 0.
        guard case .intervene(let i)? = effects.first, let action = i.timelineAction(in: p.world) else { return }
        #expect(action == .crash(.serviceInstance(service: 0, index: 1), downFor: nil))
        p.inject(action)
        p.advance(to: .zero + .secs(11))
        frame = Frame(world: p.world, history: p.history, title: "sync-trap", variant: "sync")
        s.paused = true
        let screen = ConsoleView.render(state: s, frame: frame, size: GridSize(width: 120, height: 40), glyphs: .unicode)
        let row = try #require(screen.grid.text.split(separator: "\n").first { $0.contains("email-api-2") })
        #expect(row.contains("crashed"))
        #expect(screen.grid.text.contains("email-api-2 crashed"))
        // The selection is drawn reversed over the glyph, name and state, and a click there selects it.
        let hit = try #require(screen.hitAreas.first { $0.target == .instance(service: "email-api", name: "email-api-2") })
        #expect(screen.grid[hit.rect.x + 2, hit.rect.y].style.reverse)
        // s then 5 slows an instance, and ] grows the whole service.
        s.selection = .instance(service: "email-api", name: "email-api-1")
        #expect(s.reduce(.toggleSlowSelected, frame: frame) == [])
        #expect(s.reduce(.answer(5), frame: frame) == [.intervene(Intervention(.slow(factor: 5), .instance("email-api-1")))])
        #expect(s.reduce(.moreSelected, frame: frame) == [.intervene(Intervention(.scale(to: 3), .service("email-api")))])
    }
}
