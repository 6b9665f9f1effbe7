import Foundation
import Testing

/// The whole course in a real terminal, at 80×24 and at 120×40, as a student plays
/// it in a hurry: each chapter opens at its own speed and shows its opening caption;
/// then `+` up to max, every held caption continued, every question answered
/// (always 2), and on FINISHED the closing caption(s) on screen before `n`; the score
/// at the end, and the shell as it was.
@Suite("The course in a terminal", .serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct CourseE2ETests {
    /// A chapter's name and, per variant, its opening (at 0 s) and closing narration.
    struct Chapter {
        var name: String
        var openings: [String]
        var closings: [String]
    }

    /// The course as `brokersim list` numbers it, with its narration from the headless
    /// JSON report's transcripts (one per variant).
    static func course() throws -> [Chapter] {
        let list = try Spawn.run(Binary.url.path, ["list"], capture: true)
        let names = list.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard words.count >= 2, words[0].hasSuffix("."), Int(words[0].dropLast()) != nil else { return nil }
            return String(words[1])
        }
        return try names.map { name in
            let json = try Spawn.run(Binary.url.path, ["run", name, "--headless", "--format", "json"], capture: true)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let runs = (report["variants"] as? [String: Any]).map { Array($0.values) } ?? [report]
            var chapter = Chapter(name: name, openings: [], closings: [])
            for case let run as [String: Any] in runs {
                let says = (run["transcript"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "say" }
                if let first = says.first, first["at"] as? Double == 0, let text = first["text"] as? String { chapter.openings.append(text) }
                if let last = says.last?["text"] as? String { chapter.closings.append(last) }
            }
            return chapter
        }
    }

    /// Text with line breaks, indentation and box edges gone, for finding a wrapped sentence.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "│" }).joined(separator: " ")
    }

    /// The start of a caption, as the screen shows it wherever it wraps.
    static func shows(_ screen: String, _ caption: String) -> Bool {
        flat(screen).contains(flat(String(caption.prefix(36))))
    }

    func playTheCourse(width: Int, height: Int) throws {
        let course = try Self.course()
        #expect(course.count >= 13)
        #expect(course.allSatisfy { !$0.openings.isEmpty && !$0.closings.isEmpty })
        let t = try Tmux()
        t.resize(width, height)
        // No --speed: each chapter opens at its own, so its opening caption can be read.
        t.start(Binary.url, "learn")
        var answered = 0
        let clock = ContinuousClock()
        let end = clock.now + .seconds(600)
        for (i, chapter) in course.enumerated() {
            let n = i + 1
            // Opening: every pane's caption, or the held one (which hides the panes' captions).
            // Each wait holds for all that is then expected of the capture: tmux can catch a
            // frame half drawn (the header new, the rest still the old one).
            let header = { (s: String) in s.contains("chapter \(n) of \(course.count)") || s.contains("ch \(n)/\(course.count)") }
            let opened = t.waitFor("chapter \(n) (\(chapter.name)) opening") { s in
                header(s) && (s.contains("Press any key to continue")
                    ? chapter.openings.contains { Self.shows(s, $0) }
                    : chapter.openings.allSatisfy { Self.shows(s, $0) })
            }
            #expect(header(opened), "chapter \(n)'s header:\n\(opened)")
            if opened.contains("Press any key to continue") {
                t.keys("x")
                t.waitFor("the held opening to go") { !$0.contains("Press any key to continue") || $0 != opened }
            }
            // Then as fast as the console goes: `+` past 10,000× to max.
            for _ in 0..<16 { t.keys("+") }
            var finished = ""
            while clock.now < end {
                let s = t.screen
                if s.contains("Press any key to continue") {
                    t.keys("x")
                    t.waitFor("the held caption to go") { !$0.contains("Press any key to continue") || $0 != s }
                } else if s.contains("Press 1-") {
                    let asked = t.waitFor("the question drawn") { $0.contains("Press 1-") && $0.contains("QUESTION") }
                    #expect(asked.contains("QUESTION"))
                    t.keys("2")
                    answered += 1
                    t.waitFor("the reveal") { $0.contains("Space or Enter: carry on") }
                } else if s.contains("Space or Enter: carry on") {
                    t.keys("Space")
                    t.waitFor("the run to go on") { !$0.contains("Space or Enter: carry on") }
                } else if s.contains("FINISHED") && (s.contains("n Enter next chapter") || s.contains("n Enter end the course")) {
                    // The finished frame drawn whole: its closing captions and, at the end, the score.
                    finished = t.waitFor("chapter \(n) (\(chapter.name)) finished, drawn whole") { f in
                        f.contains("FINISHED") && chapter.closings.allSatisfy { Self.shows(f, $0) }
                            && (n < course.count ? f.contains("n Enter next chapter")
                                : f.contains("n Enter end the course")
                                    && (chapter.name != "interview-drill" || f.contains("Score: 8 of 12; review chapters 6, 7, 10 and 11")))
                    }
                    break
                } else if s.contains("RUNNING"), !s.contains(" max ") {
                    // A held caption or a question dismissed early may have taken a `+`.
                    t.keys("+")
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            // Closing: every pane's last caption is on the finished screen.
            for closing in chapter.closings {
                #expect(Self.shows(finished, closing), "chapter \(n) (\(chapter.name)) at \(width)x\(height) ends without its closing caption:\n\(closing)\n\(finished)")
            }
            if n == course.count {
                #expect(finished.contains("n Enter end the course"))
                if chapter.name == "interview-drill" {
                    // Always 2: right where 2 is the answer; the wrong ones name their chapters.
                    #expect(finished.contains("Score: 8 of 12; review chapters 6, 7, 10 and 11"))
                }
            } else {
                #expect(finished.contains("n Enter next chapter"))
            }
            t.keys("n")
        }
        // Ordering 2, dead letters 2, durability 2, the middle ground 2, the drill 12.
        #expect(answered == 20)
        t.expectShellUsable(exit: 0)
    }

    @Test func everyChapterPlaysThroughAt80x24() throws { try playTheCourse(width: 80, height: 24) }

    @Test func everyChapterPlaysThroughAt120x40() throws { try playTheCourse(width: 120, height: 40) }
}
