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
        let expected = """



         ┌─ Keys ─────────────────────────────────────────────────────────────────────┐
         │ Clock                                 Act on the selection                 │
         │   Space  pause / resume                 c         crash it                 │
         │   .      step one sample (paused)       r         restart it               │
         │   + =    faster: up to 10,000x, max     s         slow it / back to normal │
         │   - _    slower: down to 0.1x           ]         scale up, or rate x2     │
         │   ← h    seek back                      [         scale down, or rate /2   │
         │   → l    seek forward                                                      │
         │   Home   restart from 0               Console                              │
         │                                         w         write NAME-live-N.yaml   │
         │ Selection                               i         about this scenario      │
         │   ↑ k    select previous                ?         this help                │
         │   ↓ j    select next                    Esc       close help or info       │
         │   Tab    next panel                     q Ctrl-C  quit                     │
         │   S-Tab  previous panel                                                    │
         │                                                                            │
         │ ? or Esc closes this help                                                  │
         └────────────────────────────────────────────────────────────────────────────┘



        """
        #expect(g.text == expected)
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
