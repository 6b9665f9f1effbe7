import Testing
@testable import BrokerSimConsole

@Suite("CellGrid")
struct CellGridTests {
    @Test func writeClipsToTheGridAndTrimsTrailingSpaces() {
        var g = CellGrid(width: 8, height: 3)
        let end = g.write("hello world", x: 2, y: 0)
        g.write("ab", x: -1, y: 1)
        // Only blanks cut: nothing is missing, no ellipsis.
        g.write("hello     ", x: 2, y: 2)
        #expect(g.lines == ["  hello…", "b", "  hello"])
        #expect(end == 8)
    }

    @Test func writeStaysInsideItsClipAndSaysWhatItCut() {
        var g = CellGrid(width: 10, height: 1, fill: Cell("."))
        g.write("abcdef", x: 2, y: 0, clip: Rect(x: 3, y: 0, width: 3, height: 1))
        #expect(g.lines == ["...bc…...."])
        var a = CellGrid(width: 10, height: 1, fill: Cell("."))
        a.ellipsis = "~"
        a.write("abcdef", x: 3, y: 0, clip: Rect(x: 3, y: 0, width: 3, height: 1))
        #expect(a.lines == ["...ab~...."])
    }

    /// A row drawn in pieces (`+ 4 sequencer:`, ` 3 standby`, ` 1 idle`…): a piece that starts
    /// at the clip's edge is lost whole, and the row must not read as complete.
    @Test func aPieceStartingAtTheEdgeMarksTheRowCut() {
        var g = CellGrid(width: 12, height: 1)
        let row = Rect(x: 0, y: 0, width: 10, height: 1)
        var x = g.write("+ 4 seq:", x: 0, y: 0, clip: row)
        x = g.write(" 3", x: x, y: 0, clip: row)
        #expect(x == 10)
        g.write("  processed 0", x: x, y: 0, clip: row)
        #expect(g.lines == ["+ 4 seq: …"])
        // Blanks alone past the edge are not a loss; a piece far beyond the clip is not this row's.
        var h = CellGrid(width: 12, height: 1)
        h.write("+ 4 seq: 3", x: 0, y: 0, clip: row)
        h.write("   ", x: 10, y: 0, clip: row)
        h.write("far", x: 11, y: 0, clip: row)
        #expect(h.lines == ["+ 4 seq: 3"])
    }

    @Test func controlCharactersBecomeSpaces() {
        var g = CellGrid(width: 5, height: 1)
        g.write("a\tb\nc", x: 0, y: 0)
        #expect(g.lines == ["a b c"])
    }

    @Test func writeInRectCutsWithAnEllipsis() {
        var g = CellGrid(width: 12, height: 1)
        g.write("password-resets", in: Rect(x: 1, y: 0, width: 8, height: 1), glyphs: .unicode)
        #expect(g.lines == [" passwor…"])
        var a = CellGrid(width: 12, height: 1)
        a.write("password-resets", in: Rect(x: 1, y: 0, width: 8, height: 1), glyphs: .ascii)
        #expect(a.lines == [" passwor~"])
    }

    @Test func writeRightAlignsToTheEdge() {
        var g = CellGrid(width: 10, height: 1, fill: Cell("."))
        g.writeRight("42/s", in: Rect(x: 0, y: 0, width: 8, height: 1))
        #expect(g.lines == ["....42/s.."])
    }

    @Test func outOfBoundsReadsAreBlankAndWritesAreIgnored() {
        var g = CellGrid(width: 2, height: 2, fill: Cell("x"))
        g[5, 5] = Cell("y")
        #expect(g[-1, 0] == .blank)
        #expect(g.lines == ["xx", "xx"])
    }

    @Test func fillAndRestyleTouchOnlyTheirRect() {
        var g = CellGrid(width: 4, height: 3, fill: Cell("."))
        g.fill(Rect(x: 1, y: 1, width: 9, height: 9), with: Cell("#"))
        g.restyle(Rect(x: 0, y: 0, width: 1, height: 1)) { $0.reverse = true }
        #expect(g.lines == ["....", ".###", ".###"])
        #expect(g[0, 0].style.reverse)
        #expect(!g[1, 0].style.reverse)
    }

    @Test func paddingHelpers() {
        #expect("ab".padded(to: 4) == "ab  ")
        #expect("ab".leftPadded(to: 4) == "  ab")
        #expect("abcdef".padded(to: 4) == "abc…")
        #expect("abc".fitted(to: 0) == "")
    }
}
