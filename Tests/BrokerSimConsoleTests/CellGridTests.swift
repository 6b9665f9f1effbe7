import Testing
@testable import BrokerSimConsole

@Suite("CellGrid")
struct CellGridTests {
    @Test func writeClipsToTheGridAndTrimsTrailingSpaces() {
        var g = CellGrid(width: 8, height: 2)
        let end = g.write("hello world", x: 2, y: 0)
        g.write("ab", x: -1, y: 1)
        #expect(g.lines == ["  hello", "b"])
        #expect(end == 8)
    }

    @Test func writeStaysInsideItsClip() {
        var g = CellGrid(width: 10, height: 1, fill: Cell("."))
        g.write("abcdef", x: 2, y: 0, clip: Rect(x: 3, y: 0, width: 3, height: 1))
        #expect(g.lines == ["...bcd...."])
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
