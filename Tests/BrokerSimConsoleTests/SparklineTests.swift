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

    /// More samples than columns: every column covers its share of the run and shows its
    /// largest sample, so the early 8 is still drawn (the newest three samples alone would be `▁▁▁`).
    @Test func moreSamplesThanColumnsAreResampledNotCut() {
        #expect(draw(Sparkline(samples: [8, 0, 0, 0, 0], max: 8), width: 3) == "█▁▁")
        #expect(draw(Sparkline(samples: [0, 0, 0, 8, 0, 0, 0], max: 8), width: 3) == "▁█▁")
        #expect(draw(Sparkline(samples: [0, 0, 0, 0, 0, 0, 8], max: 8), width: 3) == "▁▁█")
    }

    /// The largest sample of a run, not the mean: one spike among twelve samples keeps its height.
    @Test func aOneSampleSpikeKeepsItsHeightWhenResampled() {
        var samples = Array(repeating: 0.0, count: 120)
        samples[7] = 80
        let line = draw(Sparkline(samples: samples, max: 80), width: 10)
        #expect(line == "█▁▁▁▁▁▁▁▁▁")
    }

    /// Every width shows the same stretch of time: the spike is in the first column at 12, 30 and 100.
    @Test(arguments: [12, 30, 100])
    func theWholeRunAtAnyWidth(width: Int) {
        var samples = Array(repeating: 1.0, count: 200)
        samples[1] = 50
        let line = draw(Sparkline(samples: samples, max: 50), width: width)
        #expect(line.first { $0 != "." } == "█")
        #expect(line.last == "▁")
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
