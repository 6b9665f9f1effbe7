import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import Foundation
import Testing

/// Each chapter of `brokersim learn`, in course order, as a student sees it: its
/// opening (0 s, held when the caption waits for a key) at 120×40 and 80×24, its
/// key beat and its close (FINISHED, with the expectations) at 120×40. The closing
/// screen must read true: every number the closing caption states is on screen
/// outside the caption.
@Suite("Course: every chapter's opening, key beat and close")
struct ChapterGoldenTests {
    static let small = GridSize(width: 80, height: 24)
    static let large = GridSize(width: 120, height: 40)

    /// The moment each chapter is about (seconds).
    static let beats: [Int: (Double, String)] = [
        1: (45, "the email service is down: sync checkout fails, async answers at once"),
        2: (25, "mailer-3 died; its unacked email is redelivered"),
        3: (6, "mailer-2 died: redelivered, lost, or sent twice"),
        4: (2 * 86_400, "three readers at three speeds"),
        5: (2 * 86_400, "audit down for days: lag in billions, nothing lost"),
        6: (75, "the slow batch removed: its emails are sent again"),
        7: (38, "memory alarm: the publisher is blocked, clicks held"),
        8: (27 * 3_600, "retention passed the bookmark: the marker off the left edge"),
        9: (65, "single active consumer took over; the pickers broke key order, the partitions did not"),
        10: (58, "the poison record: dead-lettered on the queue, blocking a partition, aside in a retry topic"),
        11: (72, "rabbit-2 back, kafka-1 gone: tracker (acks=1) lost records, checkout did not"),
        12: (60, "six share-group members on two partitions; three stream readers each read everything"),
        13: (120 - 0.000_001, "predict before the latecomers join"),
    ]

    static func name(_ n: Int) -> String { "chapter-\(n)-\(ChapterScreens.chapters[n - 1].name)" }

    @Test func theCourseHasThirteenChaptersInOrderWithTheDrillLast() {
        #expect(ChapterScreens.chapters.map(\.name) == [
            "sync-trap", "password-resets", "worker-crash", "clickstream", "audit-down-three-days",
            "kafka-for-emails", "rabbit-for-clickstream", "retention-cliff", "ordering", "dead-letters",
            "durability", "middle-ground", "interview-drill",
        ])
    }

    @Test(arguments: 1...13)
    func opening(chapter n: Int) throws {
        var ch = ChapterScreens(chapter: n)
        ch.play(to: .zero)
        let timeline = ch.scenario.variants.first?.config.timeline ?? ch.scenario.config.timeline
        let opening = timeline.first { if case .say = $0.action { return $0.at == .zero } else { return false } }
        guard case .say(let text, let held)? = opening?.action else { Issue.record("chapter \(n) opens with no caption"); return }
        for size in [Self.large, Self.small] {
            let screen = ch.screen(size)
            #expect(screen.contains("chapter \(n) of 13") || screen.contains("ch \(n)/13"))
            #expect(Self.flat(screen).contains(Self.flat(String(text.prefix(40)))), "chapter \(n) at \(size): the opening caption is not on screen")
            if held { #expect(screen.contains("Press any key to continue") && screen.contains("WAITING")) }
            Golden.check(screen, named: "\(Self.name(n))-open-\(size)")
        }
    }

    @Test(arguments: 1...13)
    func keyBeat(chapter n: Int) throws {
        var ch = ChapterScreens(chapter: n)
        let (seconds, _) = try #require(Self.beats[n])
        ch.play(to: SimTime(micros: Int64((seconds * 1_000_000).rounded())))
        #expect(!ch.finished)
        Golden.check(ch.screen(Self.large), named: "\(Self.name(n))-beat-120x40")
    }

    @Test(arguments: 1...13)
    func closing(chapter n: Int) throws {
        var ch = ChapterScreens(chapter: n)
        ch.play(to: nil)
        #expect(ch.finished)
        let screen = ch.screen(Self.large)
        #expect(screen.contains("FINISHED"))
        #expect(screen.contains(n == 13 ? "n Enter end the course" : "n Enter next chapter"))
        let rest = Self.withoutCaptions(screen)
        for frame in ch.frames {
            let caption = try #require(frame.caption, "chapter \(n) ends with no caption")
            for number in Self.numbers(in: caption.text) {
                #expect(Self.shows(rest, number), "chapter \(n): the closing caption says \(number), which is not on screen:\n\(caption.text)\n\(screen)")
            }
        }
        Golden.check(screen, named: "\(Self.name(n))-close-120x40")
    }

    /// `855`, `1,848`, `46s`, `86.1M`, `5d`, `05:23`: digits with their unit, no trailing punctuation.
    static func numbers(in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"\d[\d,.:]*[A-Za-z%]*"#)
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            var s = ns.substring(with: $0.range)
            while let last = s.last, ",.:".contains(last) { s.removeLast() }
            return s
        }
    }

    /// The number stands on its own on screen (not inside a longer one).
    static func shows(_ screen: String, _ number: String) -> Bool {
        let escaped = NSRegularExpression.escapedPattern(for: number)
        return screen.range(of: #"(^|[^\d.,])"# + escaped + #"($|[^\d,A-Za-z])"#, options: .regularExpression) != nil
            || screen.range(of: #"(^|[^\d.,])"# + escaped + #"[.,]($|\s)"#, options: .regularExpression) != nil
    }

    /// The screen without its narration: the boxed caption of a full pane and the
    /// unboxed caption lines of a compact one.
    static func withoutCaptions(_ screen: String) -> String {
        var out: [Substring] = []
        var inBox = false
        var inCompact = false
        for line in screen.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("┌─ Narration") { inBox = true; continue }
            if inBox { if line.hasPrefix("└") { inBox = false }; continue }
            if let first = line.first, first.isNumber { inCompact = true; continue }
            if inCompact, line.hasPrefix("             ") { continue }
            inCompact = false
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// Text with its line breaks and box edges gone, for finding a wrapped sentence.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "│" }).joined(separator: " ")
    }
}

@Suite("Course: the closing-caption check")
struct ClosingCheckTests {
    @Test func aStaleNumberIsCaught() {
        #expect(ChapterGoldenTests.numbers(in: "lag 2.0M (2s), 1,848 orders at 5d 05:23.") == ["2.0M", "2s", "1,848", "5d", "05:23"])
        #expect(!ChapterGoldenTests.shows("a analytics lag 2.0M (1s) unread 0", "2s"))
        #expect(ChapterGoldenTests.shows("a analytics lag 2.0M (1s) unread 0", "2.0M"))
        #expect(!ChapterGoldenTests.shows("ready 358k  published 599,239", "269,000"))
        #expect(!ChapterGoldenTests.shows("skipped 86.6M", "86.7M"))
        #expect(!ChapterGoldenTests.shows("acked 1,848", "848"))
    }

    @Test func captionsAreLeftOut() {
        let screen = "┌─ Narration 00:01:30.000 ─┐\n│ lost 269,000 │\n└──┘\n00:00:08.500 lost 50\n             and 7 more\nready 3"
        #expect(ChapterGoldenTests.withoutCaptions(screen) == "ready 3")
    }
}
