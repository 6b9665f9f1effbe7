import Foundation
import Testing

/// The end of the course in a real terminal, as a student plays it at 10,000×:
/// every held caption continued, every question answered (always 2), `n`
/// through the chapters, the score at the end. (Chapters 4, 5 and 8 run for
/// days: from chapter 7 on keeps the suite fast; chapters 1 to 2 are played in
/// WalkthroughE2ETests.)
@Suite("The course in a terminal", .serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct CourseE2ETests {
    static let chapters = 9

    func playTheCourse(width: Int, height: Int, from first: Int) throws {
        let t = try Tmux()
        t.resize(width, height)
        t.start(Binary.url, "learn --chapter \(first) --speed 10000")
        var chapter = first
        var answered = 0
        let clock = ContinuousClock()
        let end = clock.now + .seconds(300)
        while clock.now < end {
            let s = t.screen
            if s.contains("Press any key to continue") {
                t.keys("x")
                t.waitFor("the held caption to go") { !$0.contains("Press any key to continue") || $0 != s }
            } else if s.contains("Press 1-") {
                #expect(s.contains("QUESTION"))
                t.keys("2")
                answered += 1
                t.waitFor("the reveal") { $0.contains("Space or Enter: carry on") }
            } else if s.contains("Space or Enter: carry on") {
                t.keys("Space")
                t.waitFor("the run to go on") { !$0.contains("Space or Enter: carry on") }
            } else if s.contains("FINISHED") && (s.contains("n Enter next chapter") || s.contains("n Enter end the course")) {
                if chapter == Self.chapters {
                    // Always 2: right where 2 is the answer; the wrong ones name their chapters.
                    #expect(s.contains("Score: 7 of 11; review chapters 2, 6 and 7"))
                    #expect(s.contains("n Enter end the course"))
                    t.keys("n")
                    break
                }
                #expect(s.contains("n Enter next chapter"))
                t.keys("n")
                chapter += 1
                // At 80 columns the header may drop the course mark: the new chapter is the one not FINISHED.
                t.waitFor("chapter \(chapter)") { !$0.contains("FINISHED") }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(chapter == Self.chapters)
        #expect(answered == 11)
        t.expectShellUsable(exit: 0)
    }

    @Test func theDrillPlaysThroughAt80x24() throws { try playTheCourse(width: 80, height: 24, from: 9) }

    @Test func theLastChaptersPlayThroughAt120x40() throws { try playTheCourse(width: 120, height: 40, from: 7) }
}
