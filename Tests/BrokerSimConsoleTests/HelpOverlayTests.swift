import Testing
@testable import BrokerSimConsole

@Suite("Help overlay")
struct HelpOverlayTests {
    @Test func everyBindingIsListedAndItFits80x24() {
        var g = CellGrid(width: 80, height: 24, fill: Cell("#"))
        HelpOverlay().render(into: &g, glyphs: .unicode)
        let text = g.text
        for b in KeyMap.standard.bindings {
            #expect(text.contains(b.help), "missing: \(b.help)")
        }
        #expect(text.contains("? or Esc closes this help"))
        // The box is whole: both corners of its bottom edge are on screen.
        #expect(g.lines.contains { $0.contains("└") && $0.contains("┘") })
    }

    /// Finding 23: memory past the watermark with no ALARM yet reads as a bug unless the screen
    /// says the alarm is checked periodically: the help says so beside its footer, the memory
    /// line says it when there is room.
    @Test func theHelpAndTheMemoryLineSayHowOftenTheAlarmIsChecked() throws {
        var s = ConsoleState()
        s.showHelp = true
        let help = try screen("password-resets", at: 1, size: ScreenGoldenTests.small, state: s)
        let footer = try #require(help.split(separator: "\n").first { $0.contains("? or Esc closes this help") })
        #expect(footer.contains("the memory alarm is checked every 2.5 s"))
        #expect(help.contains("└") && help.contains("┘"), "the box is still whole at 80×24")
        let wide = try screen("password-resets", at: 1, size: ScreenGoldenTests.large)
        #expect(wide.contains("alarm at 1.6 GB, checked every 2.5 s"))
        // Without a broker there is nothing to check.
        let stream = try screen("clickstream", at: 1, size: ScreenGoldenTests.small, state: s)
        #expect(!stream.contains("memory alarm"))
    }

    @Test func aNoteTooLongForTheFooterGetsARowOfItsOwn() {
        var g = CellGrid(width: 80, height: 24)
        let note = "the memory alarm is checked every 2.5 s, so it can lag the bar by that much"
        HelpOverlay(note: note).render(into: &g, glyphs: .unicode)
        let lines = g.lines
        let at = lines.firstIndex { $0.contains(note) }
        #expect(at.map { lines[$0 + 1].contains("? or Esc closes this help") } == true)
    }

    @Test func goldenAt80x24() {
        var g = CellGrid(width: 80, height: 24)
        HelpOverlay().render(into: &g, glyphs: .unicode)
        Golden.check(g.text, named: "help-80x24")
    }

    @Test func stacksIntoOneColumnWhenTwoDoNotFit() throws {
        var g = CellGrid(width: 50, height: 40)
        HelpOverlay().render(into: &g, glyphs: .ascii)
        let lines = g.lines
        let clock: Int = try #require(lines.firstIndex { $0.contains("| Clock") })
        let actions: Int = try #require(lines.firstIndex { $0.contains("| Act on the selection") })
        #expect(clock < actions)
    }
}
