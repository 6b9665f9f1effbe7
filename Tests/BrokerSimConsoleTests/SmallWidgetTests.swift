import Testing
@testable import BrokerSimConsole

@Suite("Badges, hints, feed, size warning")
struct SmallWidgetTests {
    @Test func badgeIsReverseVideoWithPadding() {
        var g = CellGrid(width: 12, height: 1)
        let end = Badge("ALARM", role: .alarm).render(into: &g, x: 2, y: 0)
        #expect(g.lines == ["   ALARM"])
        #expect(end == 9)
        #expect(g[3, 0].style == Style(.alarm, bold: true, reverse: true))
        #expect(Badge("ALARM", role: .alarm).width == 7)
    }

    @Test func hintLineDropsWholeHintsThatDoNotFit() {
        let line = KeyHintLine([KeyHint("Space", "pause"), KeyHint("?", "help"), KeyHint("q", "quit")])
        var wide = CellGrid(width: 40, height: 1)
        line.render(into: &wide, in: wide.bounds)
        #expect(wide.lines == ["Space pause  ? help  q quit"])
        var narrow = CellGrid(width: 20, height: 1)
        line.render(into: &narrow, in: narrow.bounds)
        #expect(narrow.lines == ["Space pause  ? help"])
        #expect(narrow[0, 0].style.reverse)
        #expect(!narrow[5, 0].style.reverse)
    }

    @Test func feedShowsTheNewestThatFitOldestFirst() {
        let feed = EventFeed((1...5).map { FeedLine(time: "00:00:0\($0).000", text: "event \($0)") })
        var g = CellGrid(width: 30, height: 3)
        feed.render(into: &g, in: g.bounds, glyphs: .unicode)
        #expect(g.lines == [
            "00:00:03.000 event 3",
            "00:00:04.000 event 4",
            "00:00:05.000 event 5",
        ])
    }

    @Test func feedCutsLongLinesAndStartsAtTheTop() {
        let feed = EventFeed([FeedLine(time: "00:00:01.000",
                                        text: "mailer-3 crashed: 1 unacked message back to the queue", role: .alarm)])
        var g = CellGrid(width: 40, height: 2)
        feed.render(into: &g, in: g.bounds, glyphs: .unicode)
        #expect(g.lines == ["00:00:01.000 mailer-3 crashed: 1 unacke…", ""])
        #expect(g[13, 0].style.fg == .alarm)
        #expect(g[0, 0].style.fg == .dim)
    }

    @Test func sizeWarningSaysWhatIsNeeded() {
        var g = CellGrid(width: 40, height: 6, fill: Cell("x"))
        SizeWarning().render(into: &g, glyphs: .unicode)
        #expect(g.lines == [
            "",
            "        Terminal too small: 40×6",
            "    brokersim needs at least 80×24.",
            "Enlarge the window, or press q to quit.",
            "",
            "",
        ])
        var a = CellGrid(width: 40, height: 3)
        SizeWarning().render(into: &a, glyphs: .ascii)
        #expect(a.lines[0] == "        Terminal too small: 40x3")
    }
}

@Suite("Feed narration")
struct FeedNarrationTests {
    @Test func narrationWrapsUnderItsTextAndEventsStayOneLine() {
        let feed = EventFeed([
            FeedLine(time: "00:00:01", text: "mailer-3 crashed: 1 unacked message back"),
            FeedLine(time: "00:00:02", text: "A crash costs time, not emails: nothing is lost.", role: .info, wrap: true),
        ])
        var g = CellGrid(width: 30, height: 4)
        feed.render(into: &g, in: g.bounds, glyphs: .unicode)
        #expect(g.lines == [
            "00:00:01 mailer-3 crashed: 1 …",
            "00:00:02 A crash costs time,",
            "         not emails: nothing",
            "         is lost.",
        ])
    }
}
