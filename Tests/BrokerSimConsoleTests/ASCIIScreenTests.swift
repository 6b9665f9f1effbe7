import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import BrokerSimSnapshot
import Foundation
import Testing

/// A user who asked for ASCII (a non-UTF-8 locale) has a terminal that shows nothing else:
/// every character the console draws in the ASCII glyph set is ASCII, the console's own words
/// (`5x`, `scripted -`, `->`) and the scenario's text and the simulation's event lines alike.
@Suite("ASCII glyphs: every character on screen is ASCII")
struct ASCIIScreenTests {
    static let sizes = [GridSize(width: 80, height: 24), GridSize(width: 120, height: 40)]

    /// One issue per line that holds a character outside printable ASCII, naming it.
    static func expectASCII(_ screen: String, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (i, line) in screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let bad = line.unicodeScalars.first(where: { $0.value > 0x7E || $0.value < 0x20 }) else { continue }
            let code = "U+" + String(bad.value, radix: 16, uppercase: true)
            Issue.record("\(what): line \(i + 1) has '\(bad)' (\(code)):\n\(line)", sourceLocation: sourceLocation)
        }
    }

    /// Every variant of `name` played to `seconds` (after `actions`), drawn in ASCII.
    static func screen(_ name: String, at seconds: Int64, size: GridSize, state: ConsoleState = ConsoleState(),
                       actions: [(Int64, TimelineAction)] = []) throws -> String {
        let (source, s) = try played(name, RunPlan.Options(), at: seconds, state: state, actions: actions)
        return ConsoleView.render(state: s, frames: source.frames(s), size: size, glyphs: .ascii).grid.text
    }

    @Test("task queue: a slowed worker's feed line (5x), the scripted caption, a selection, help and info")
    func taskQueue() throws {
        for size in Self.sizes {
            var s = ConsoleState()
            s.selection = .worker("mailer-2")
            let slowed = try Self.screen("password-resets", at: 25, size: size, state: s,
                                         actions: [(5, .slow(.worker(pool: 0, index: 1), factor: 5))])
            #expect(slowed.contains("work now takes 5x as long"))
            #expect(slowed.contains("scripted - "))
            Self.expectASCII(slowed, "password-resets slowed at \(size)")
            Self.expectASCII(try Self.screen("password-resets", at: 600, size: size), "password-resets finished at \(size)")
            s.showHelp = true
            Self.expectASCII(try Self.screen("password-resets", at: 25, size: size, state: s), "the help at \(size)")
            var info = ConsoleState()
            info.showInfo = true
            Self.expectASCII(try Self.screen("password-resets", at: 25, size: size, state: info), "the about overlay at \(size)")
        }
    }

    @Test("streams, retention, sync calls and variants (stacked and side by side)", arguments: [
        ("queue-vs-stream", Int64(20)), ("retention-cliff", 60), ("sync-trap", 30), ("fair-dispatch", 20),
        ("worker-crash", 10), ("rebalance", 30), ("compacted-profiles", 30), ("durability", 40), ("share-group", 20),
        ("rabbit-node-down", 30), ("overflow", 15), ("expiring-offers", 20), ("order-per-key", 20), ("hot-partition", 20),
    ])
    func builtins(name: String, seconds: Int64) throws {
        for size in Self.sizes + [GridSize(width: 160, height: 40)] {
            Self.expectASCII(try Self.screen(name, at: seconds, size: size), "\(name) at \(seconds) s at \(size)")
        }
    }

    @Test("a course chapter: its opening caption, a question, the revealed answer, the finished screen")
    func courseChapter() throws {
        let n = try #require(ChapterScreens.chapters.firstIndex { $0.name == "dead-letters" }) + 1
        var ch = ChapterScreens(chapter: n)
        ch.play(to: .zero)
        for size in Self.sizes { Self.expectASCII(ch.screen(size, glyphs: .ascii), "chapter \(n) opening at \(size)") }
        let timeline = ch.scenario.variants.first?.config.timeline ?? ch.scenario.config.timeline
        let asks = timeline.compactMap { e -> SimTime? in if case .ask = e.action { return e.at } else { return nil } }
        let halt: SimTime = try #require(Prompt.haltTimes(timeline).first { t in asks.contains { $0 > t } })
        ch.play(to: halt)
        #expect(!ch.prompts.isEmpty, "the question holds the screen")
        for size in Self.sizes {
            let asked = ch.screen(size, glyphs: .ascii)
            #expect(asked.contains("Press 1-4 to answer"))
            Self.expectASCII(asked, "chapter \(n)'s question at \(size)")
            Self.expectASCII(ch.screen(size, glyphs: .ascii, revealed: true), "chapter \(n)'s answer at \(size)")
        }
        ch.play(to: nil)
        for size in Self.sizes { Self.expectASCII(ch.screen(size, glyphs: .ascii), "chapter \(n) finished at \(size)") }
    }

    @Test("a live broker and a recording: the alarm, a blocked publisher, a consumer gone, dead letters")
    func liveAndRecorded() throws {
        let all = try SnapshotRecording.read(path: LiveScreenTests.recording).get()
        var h = SnapshotHistory()
        for s in all.prefix(4) { h.record(s) }
        let latest = try #require(h.latest)
        let live = Frame(history: h, status: ReadStatus(lastRead: latest.readAt, intervalMillis: 5_000), now: latest.readAt + 1_000)
        for (capabilities, what) in [(SourceCapabilities.live, "live"), (.recording, "recording")] {
            var s = ConsoleState()
            s.capabilities = capabilities
            for size in Self.sizes {
                let text = ConsoleView.render(state: s, frame: live, size: size, glyphs: .ascii).grid.text
                #expect(text.contains("memory alarm on rabbit@localhost"))
                Self.expectASCII(text, "the \(what) screen at \(size)")
                s.showHelp = true
                Self.expectASCII(ConsoleView.render(state: s, frame: live, size: size, glyphs: .ascii).grid.text,
                                 "the \(what) help at \(size)")
                s.showHelp = false
            }
        }
    }

    @Test("the Unicode set keeps its characters; the ASCII set spells them")
    func spellings() {
        #expect(GlyphSet.unicode.text("5× · →") == "5× · →")
        #expect(GlyphSet.ascii.text("5× as long · a → b, ≥ 3 — µs…") == "5x as long - a -> b, >= 3 - us...")
        #expect(GlyphSet.ascii.text("日本") == "??")
    }
}
