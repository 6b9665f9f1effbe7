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

    @Test func goldenAt80x24() {
        var g = CellGrid(width: 80, height: 24)
        HelpOverlay().render(into: &g, glyphs: .unicode)
        Golden.check(g.text, named: "help-80x24")
    }

    @Test func stacksIntoOneColumnWhenTwoDoNotFit() {
        var g = CellGrid(width: 50, height: 40)
        HelpOverlay().render(into: &g, glyphs: .ascii)
        let lines = g.lines
        let clock = try? #require(lines.firstIndex { $0.contains("| Clock") })
        let actions = try? #require(lines.firstIndex { $0.contains("| Act on the selection") })
        #expect(clock != nil && actions != nil && clock! < actions!)
    }
}
