import Testing
@testable import BrokerSimConsole

@Suite("Sparkline")
struct SparklineTests {
    func draw(_ s: Sparkline, width: Int, glyphs: GlyphSet = .unicode) -> String {
        var g = CellGrid(width: width, height: 1, fill: Cell("."))
        s.render(into: &g, in: Rect(x: 0, y: 0, width: width, height: 1), glyphs: glyphs)
        return g.lines[0]
    }

    @Test func everyLevelInOrder() {
        let s = Sparkline(samples: [0, 1, 2, 3, 4, 5, 6, 7, 8], max: 8)
        #expect(draw(s, width: 9) == "▁▁▂▃▄▅▆▇█")
        #expect(draw(s, width: 9, glyphs: .ascii) == "..,-~=+*#")
    }

    @Test func aDrainingQueueSlopesDown() {
        let s = Sparkline(samples: [10_000, 8_000, 6_000, 4_000, 2_000, 500, 0])
        #expect(draw(s, width: 7) == "█▇▅▄▂▁▁")
    }

    @Test func fewerSamplesThanColumnsAreRightAligned() {
        #expect(draw(Sparkline(samples: [1, 2], max: 2), width: 5) == "...▄█")
    }

    @Test func onlyTheNewestSamplesFit() {
        #expect(draw(Sparkline(samples: [8, 8, 8, 0, 8], max: 8), width: 3) == "█▁█")
    }

    @Test func aTinyNonZeroSampleShowsTheLowestLevel() {
        #expect(draw(Sparkline(samples: [1, 1_000_000]), width: 2) == "▁█")
    }

    /// Finding 29: zero was a gap (`▃▆█ ▃▆▂▅`); it is the lowest bar, and only columns with no
    /// sample yet stay empty.
    @Test func zeroIsTheLowestBarNotAGap() {
        #expect(draw(Sparkline(samples: [0, 0, 0]), width: 3) == "▁▁▁")
        #expect(draw(Sparkline(samples: [3, 6, 8, 0, 3], max: 8), width: 6) == ".▃▆█▁▃")
    }
}
