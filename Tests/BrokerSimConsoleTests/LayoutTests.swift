import Testing
@testable import BrokerSimConsole

@Suite("Layout")
struct LayoutTests {
    @Test func fixedPartsFirstThenFillByWeight() {
        let rows = Rect(x: 0, y: 0, width: 80, height: 24).splitRows([.fixed(1), .fill(2), .fill(1), .fixed(1)])
        #expect(rows.map(\.height) == [1, 15, 7, 1])
        #expect(rows.map(\.y) == [0, 1, 16, 23])
    }

    @Test func remainderCellsGoToTheEarliestFillParts() {
        let cols = Rect(x: 2, y: 0, width: 10, height: 1).splitColumns([.fill(1), .fill(1), .fill(1)])
        #expect(cols.map(\.width) == [4, 3, 3])
        #expect(cols.map(\.x) == [2, 6, 9])
    }

    @Test func gapsAreLeftBetweenParts() {
        let cols = Rect(x: 0, y: 0, width: 11, height: 1).splitColumns([.fill(1), .fill(1)], gap: 1)
        #expect(cols.map(\.x) == [0, 6])
        #expect(cols.map(\.width) == [5, 5])
    }

    @Test func fixedPartsShrinkWhenSpaceRunsOut() {
        let rows = Rect(x: 0, y: 0, width: 1, height: 5).splitRows([.fixed(3), .fixed(3), .fill(1)])
        #expect(rows.map(\.height) == [3, 2, 0])
    }

    @Test func fillAtLeastGetsItsMinimumBeforeSharing() {
        let cols = Rect(x: 0, y: 0, width: 20, height: 1).splitColumns([.fillAtLeast(12, weight: 1), .fill(1)])
        #expect(cols.map(\.width) == [16, 4])
    }

    @Test func boxWithTitle() {
        var g = CellGrid(width: 16, height: 4)
        let inside = g.box(Rect(x: 0, y: 0, width: 16, height: 4), title: "Queues", glyphs: .unicode)
        #expect(g.lines == [
            "┌─ Queues ─────┐",
            "│              │",
            "│              │",
            "└──────────────┘",
        ])
        #expect(inside == Rect(x: 1, y: 1, width: 14, height: 2))
    }

    @Test func boxTitleIsCutAndASCIIUsesPlainCharacters() {
        var g = CellGrid(width: 12, height: 3)
        g.box(Rect(x: 0, y: 0, width: 12, height: 3), title: "password-resets", glyphs: .ascii)
        #expect(g.lines == [
            "+- passw~ -+",
            "|          |",
            "+----------+",
        ])
    }

    @Test func centeredClipsToTheContainer() {
        let r = Rect(x: 0, y: 0, width: 10, height: 4).centered(GridSize(width: 4, height: 9))
        #expect(r == Rect(x: 3, y: 0, width: 4, height: 4))
    }
}
