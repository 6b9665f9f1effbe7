import Testing
@testable import BrokerSimConsole

@Suite("Info overlay and wrapping")
struct InfoOverlayTests {
    @Test func wrapsAtSpacesKeepingParagraphsAndListIndents() {
        let text = "A task queue is a post office.\n\n- mailer-2 crashes: its emails\n  go back to the queue"
        #expect(TextWrap.lines(text, width: 16) == [
            "A task queue is", "a post office.", "", "- mailer-2", "crashes: its", "emails", "  go back to the", "  queue",
        ])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func aboutInACentredBox() {
        var g = CellGrid(width: 40, height: 10)
        InfoOverlay(title: "Queue versus stream", about: "Left, a task queue. Right, an event stream.")
            .render(into: &g, glyphs: .ascii)
        // 38 wide: one column of margin each side of a 40-column screen.
        #expect(g.lines == [
            "",
            " +- About ----------------------------+",
            " | Queue versus stream                |",
            " |                                    |",
            " | Left, a task queue. Right, an      |",
            " | event stream.                      |",
            " |                                    |",
            " | i or Esc closes this               |",
            " +------------------------------------+",
            "",
        ])
    }

    @Test func iOpensAndClosesIt() {
        var s = ConsoleState()
        _ = s.reduce(.toggleInfo, frame: sampleFrame)
        #expect(s.showInfo)
        _ = s.reduce(.toggleInfo, frame: sampleFrame)
        #expect(!s.showInfo)
        _ = s.reduce(.toggleInfo, frame: sampleFrame)
        _ = s.reduce(.dismiss, frame: sampleFrame)
        #expect(!s.showInfo)
        #expect(KeyMap.standard.action(for: .char("i")) == .toggleInfo)
    }
}
