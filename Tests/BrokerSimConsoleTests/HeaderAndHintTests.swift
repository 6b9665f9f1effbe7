import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// The header and hint line say something useful at 80×24 and on FINISHED.
@Suite("Header and hints")
struct HeaderAndHintTests {
    func header(_ f: Frame, course: CourseMark? = nil, width: Int = 80) -> String {
        var s = ConsoleState(paused: true, course: course)
        s.paused = true
        return ConsoleView.render(state: s, frame: f, size: GridSize(width: width, height: 24), glyphs: .unicode).grid.lines[0]
    }

    /// Finding: at 80×24 the title became `A …` or `The…`.
    @Test func theTitleKeepsMeaningfulTextAt80Columns() {
        var f = Frame(title: "A worker crashes mid-job: manual ack, auto ack, and the ack that came too late", seed: 3,
                      variant: "manual-ack", now: SimTime(micros: 6_000_000))
        let solo = header(f)
        #expect(solo.contains("A worker crashes mid-job: man… manual-ack  00:00:06.000"), "\(solo)")
        f.variant = nil
        f.variants = 3
        let line = header(f, course: CourseMark(chapter: 3, of: 9))
        #expect(line.contains("A worker crashes mid-job") && line.contains("ch 3/9  00:00:06.000"), "\(line)")
        f.variants = 1
        // With room, everything, as before.
        f.variant = nil
        #expect(header(f, course: CourseMark(chapter: 3, of: 9), width: 200).contains("chapter 3 of 9  seed 3  00:00:06.000"))
    }

    /// Finding: `Space pause` was offered on FINISHED.
    @Test func onFinishedSpaceReplays() {
        var f = sampleFrame
        f.finished = true
        var s = ConsoleState()
        let hint = ConsoleView.render(state: s, frame: f, size: GridSize(width: 120, height: 40), glyphs: .unicode).grid.lines[39]
        #expect(hint.hasPrefix("Space replay"))
        #expect(s.reduce(.togglePause, frame: f) == [.restartRun])
        #expect(!s.paused)
    }
}
