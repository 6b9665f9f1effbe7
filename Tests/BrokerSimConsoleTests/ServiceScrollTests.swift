import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// The services panel with more services than rows: it scrolls with the selection and says
/// what is out of view, as the queue and topic panels do.
@Suite("Services panel scrolls")
struct ServiceScrollTests {
    /// 30 services of 2 instances (`svc-1` … `svc-30`), and 12 producers calling the first 12.
    static func frame(at seconds: Int64 = 5) -> Frame {
        var c = WorldConfig()
        c.seed = 1
        for s in 1...30 {
            var svc = ServiceConfig(name: "svc-\(s)")
            svc.count = 2
            svc.concurrency = 2
            svc.work = .constant(50_000)
            c.services.append(svc)
        }
        for p in 0..<12 {
            var caller = ProducerConfig(name: "caller-\(p + 1)", target: .service(p))
            caller.rate = 10
            c.producers.append(caller)
        }
        c.stop = .after(.secs(60))
        var play = Playback(world: World(config: c), end: .zero + .secs(60), stopWhenDrained: false, interval: .secs(1))
        play.advance(to: .zero + .secs(seconds))
        return Frame(world: play.world, history: play.history, title: "many services")
    }

    static func draw(_ f: Frame, _ size: GridSize, selection: Selectable? = nil) -> String {
        var s = ConsoleState()
        s.paused = true
        s.selection = selection
        return ConsoleView.render(state: s, frame: f, size: size, glyphs: .unicode).grid.text
    }

    static let sizes = [GridSize(width: 120, height: 40), GridSize(width: 80, height: 24)]

    @Test("with nothing selected: the first services, folded, and `↓ N more services`")
    func saysWhatIsHidden() {
        let f = Self.frame()
        for size in Self.sizes {
            let text = Self.draw(f, size)
            #expect(text.contains("│svc-1 "), "at \(size)")
            #expect(!text.contains("│svc-30 "), "at \(size)")
            #expect(text.contains("+ 2 instances:"), "folded at \(size)")
            #expect(text.range(of: #"↓ \d+ more services"#, options: .regularExpression) != nil, "at \(size)\n\(text)")
            #expect(text.contains("caller-1 "), "callers keep rows under the services at \(size)")
            #expect(text.range(of: #"↓ \d+ more callers"#, options: .regularExpression) != nil, "at \(size)\n\(text)")
        }
    }

    @Test("selecting an instance of the 25th service scrolls to it, unfolded, with `↑ N above`")
    func scrollsToTheSelection() {
        let f = Self.frame()
        for size in Self.sizes {
            let text = Self.draw(f, size, selection: .instance(service: "svc-25", name: "svc-25-2"))
            #expect(text.contains("svc-25-2"), "the selected instance is on screen at \(size)\n\(text)")
            #expect(text.contains("svc-25-1"), "its service unfolds at \(size)")
            #expect(!text.contains("│svc-1 "), "at \(size)")
            #expect(text.range(of: #"↑ \d+ above"#, options: .regularExpression) != nil, "at \(size)")
        }
    }

    @Test("selecting the last caller scrolls the callers")
    func scrollsTheCallers() {
        let f = Self.frame()
        let last = f.callers[f.callers.count - 1].name
        for size in Self.sizes {
            let text = Self.draw(f, size, selection: .producer(last))
            #expect(text.contains("caller-12 "), "at \(size)\n\(text)")
            #expect(!text.contains("caller-1 "), "at \(size)")
        }
    }

    @Test func goldenAt120x40() {
        Golden.check(Self.draw(Self.frame(), Self.sizes[0], selection: .instance(service: "svc-25", name: "svc-25-2")),
                     named: "many-services-selected-120x40")
    }

    /// One service with more instances than rows shows those around the selected one.
    @Test("one service with 40 instances: the selected one is in view, `↓ N more instances`")
    func oneTallService() {
        var c = WorldConfig()
        var svc = ServiceConfig(name: "api")
        svc.count = 40
        c.services = [svc]
        var caller = ProducerConfig(name: "web", target: .service(0))
        caller.rate = 5
        c.producers = [caller]
        c.stop = .after(.secs(10))
        var play = Playback(world: World(config: c), end: .zero + .secs(10), stopWhenDrained: false, interval: .secs(1))
        play.advance(to: .zero + .secs(1))
        let f = Frame(world: play.world, history: play.history, title: "tall")
        let plain = Self.draw(f, Self.sizes[1])
        #expect(plain.contains("api-1 ") && plain.range(of: #"↓ \d+ more instances"#, options: .regularExpression) != nil, "\(plain)")
        let selected = Self.draw(f, Self.sizes[1], selection: .instance(service: "api", name: "api-36"))
        #expect(selected.contains("api-36 ") && !selected.contains("api-1 "), "\(selected)")
    }
}
