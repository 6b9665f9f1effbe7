import Testing
@testable import BrokerSimConsole

@Suite("PartitionTape")
struct PartitionTapeTests {
    func draw(_ t: PartitionTape, width: Int = 12, glyphs: GlyphSet = .ascii) -> String {
        var g = CellGrid(width: width, height: 1)
        t.render(into: &g, in: g.bounds, glyphs: glyphs)
        return g.lines[0]
    }

    let caughtUpHalfwayAndAtStart = PartitionTape(logStart: 0, logEnd: 1000, markers: [
        TapeMarker(offset: 1000, label: "a"), TapeMarker(offset: 500, label: "b"), TapeMarker(offset: 0, label: "c"),
    ])

    @Test func lagIsTheDistanceFromALetterToTheRightEnd() {
        #expect(draw(caughtUpHalfwayAndAtStart) == "[c----b---a]")
        #expect(draw(caughtUpHalfwayAndAtStart, glyphs: .unicode) == "├c────b───a┤")
    }

    @Test func aGroupBelowTheLogStartLostDataAndShowsOnTheLeftEdge() {
        let t = PartitionTape(logStart: 400, logEnd: 1000, markers: [
            TapeMarker(offset: 1000, label: "a"), TapeMarker(offset: 100, label: "b"),
        ])
        #expect(draw(t) == "<---------a]")
        #expect(draw(t, glyphs: .unicode) == "◀─────────a┤")
        var g = CellGrid(width: 12, height: 1)
        t.render(into: &g, in: g.bounds, glyphs: .ascii)
        #expect(g[0, 0].style.fg == .alarm)
    }

    /// docs/compaction.md: below the cleaner's checkpoint the log holds one record per key.
    @Test func theCompactedPartIsDottedAndMarkersStayOnTop() {
        let t = PartitionTape(logStart: 0, logEnd: 1000, markers: [TapeMarker(offset: 200, label: "b")], cleanedTo: 500)
        #expect(draw(t) == "[..b..-----]")
        #expect(draw(t, glyphs: .unicode) == "├··b··─────┤")
        let none = PartitionTape(logStart: 0, logEnd: 1000, markers: [], cleanedTo: 0)
        #expect(draw(none) == "[----------]")
    }

    @Test func aGroupExactlyAtTheLogStartIsNotLost() {
        let t = PartitionTape(logStart: 400, logEnd: 1000, markers: [TapeMarker(offset: 400, label: "b")])
        #expect(draw(t) == "[b---------]")
    }

    @Test func twoGroupsOnOneColumnShowTheCrowdGlyph() {
        let t = PartitionTape(logStart: 0, logEnd: 1000, markers: [
            TapeMarker(offset: 1000, label: "a"), TapeMarker(offset: 999, label: "b"),
        ])
        #expect(draw(t) == "[---------*]")
    }

    @Test func anEmptyLogPutsEveryoneAtTheEnd() {
        let t = PartitionTape(logStart: 70, logEnd: 70, markers: [TapeMarker(offset: 70, label: "a")])
        #expect(draw(t, width: 6) == "[---a]")
    }

    @Test func markerStylesAreKept() {
        var g = CellGrid(width: 12, height: 1)
        let t = PartitionTape(logStart: 0, logEnd: 10, markers: [TapeMarker(offset: 0, label: "z", style: .warn)])
        t.render(into: &g, in: g.bounds, glyphs: .ascii)
        #expect(g[1, 0] == Cell("z", style: .warn))
    }
}
