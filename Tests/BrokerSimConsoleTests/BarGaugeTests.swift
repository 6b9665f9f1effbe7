import Testing
@testable import BrokerSimConsole

@Suite("BarGauge")
struct BarGaugeTests {
    func draw(_ gauge: BarGauge, width: Int = 10, glyphs: GlyphSet = .ascii) -> String {
        var g = CellGrid(width: width, height: 1)
        gauge.render(into: &g, in: Rect(x: 0, y: 0, width: width, height: 1), glyphs: glyphs)
        return g.lines[0]
    }

    @Test func readyThenUnackedAgainstTheLimit() {
        #expect(draw(BarGauge(primary: 30, secondary: 20, scale: 100)) == "###==.....")
        #expect(draw(BarGauge(primary: 30, secondary: 20, scale: 100), glyphs: .unicode) == "███▒▒·····")
    }

    @Test func oneMessageIsStillVisible() {
        #expect(draw(BarGauge(primary: 1, scale: 100_000)) == "#.........")
        #expect(draw(BarGauge(primary: 0, secondary: 1, scale: 100_000)) == "=.........")
    }

    @Test func emptyQueueShowsAnEmptyBar() {
        #expect(draw(BarGauge(primary: 0, scale: 100)) == "..........")
    }

    @Test func watermarkIsMarkedOverTheBar() {
        #expect(draw(BarGauge(primary: 20, scale: 100, mark: 40)) == "##.|......")
        #expect(draw(BarGauge(primary: 60, scale: 100, mark: 40)) == "###|##....")
    }

    @Test func aboveTheScaleEndsInTheOverflowGlyph() {
        #expect(draw(BarGauge(primary: 80, secondary: 40, scale: 100)) == "########=>")
        let u = draw(BarGauge(primary: 80, secondary: 40, scale: 100), glyphs: .unicode)
        #expect(u == "████████▒▶")
    }

    @Test func stylesFollowTheSeries() {
        var g = CellGrid(width: 4, height: 1)
        BarGauge(primary: 1, secondary: 1, scale: 4).render(into: &g, in: g.bounds, glyphs: .ascii)
        #expect(g[0, 0].style.fg == .accent)
        #expect(g[1, 0].style.fg == .info)
        #expect(g[2, 0].style.fg == .dim)
    }
}
