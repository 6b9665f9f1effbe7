import BrokerSimCore
import BrokerSimScenario
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// Every chapter of the course opens with a caption, closes with one that
/// states the result in numbers, starts at a speed of its own, and leaves each
/// caption up long enough to read at that speed.
@Suite("Course: chapter captions")
struct CourseCaptionTests {
    struct Say { var at: SimTime; var text: String; var held: Bool }

    /// Each chapter's runs (its variants, or the file itself) with their narration in time order.
    func chapterRuns() throws -> [(name: String, speed: Double?, says: [Say], actions: [SimTime])] {
        try builtinRuns().filter { $0.scenario.chapter != nil }.map { run in
            let says = run.config.timeline.enumerated().compactMap { i, e -> (Int, Say)? in
                guard case .say(let text, let wait) = e.action else { return nil }
                return (i, Say(at: e.at, text: text, held: wait))
            }.sorted { ($0.1.at, $0.0) < ($1.1.at, $1.0) }.map(\.1)
            let actions = run.config.timeline.compactMap { e -> SimTime? in
                switch e.action {
                case .say, .ask: return nil
                default: return e.at
                }
            }
            return (run.name, run.scenario.speed, says, actions)
        }
    }

    /// Wall seconds a caption needs at least: about 210 words a minute, never under 3 s.
    static func readingSeconds(_ text: String) -> Double {
        max(3, Double(text.split(separator: " ").count) / 3.5)
    }

    @Test func everyChapterHasAStartSpeedOfItsOwn() throws {
        for run in try chapterRuns() {
            #expect(run.speed != nil, "\(run.name) has no speed:")
        }
    }

    @Test func everyChapterOpensWithACaptionAtZero() throws {
        for run in try chapterRuns() {
            #expect(run.says.first?.at == .zero, "\(run.name) does not open with a caption at 0 s")
        }
    }

    @Test func everyChapterClosesWithACaptionThatGivesNumbers() throws {
        for run in try chapterRuns() {
            guard let last = run.says.last else { Issue.record("\(run.name) has no captions"); continue }
            #expect(run.actions.allSatisfy { $0 <= last.at }, "\(run.name): something still happens after the closing caption")
            #expect(last.text.contains { $0.isNumber }, "\(run.name): the closing caption states no number: \(last.text)")
        }
    }

    @Test func captionsStayUpLongEnoughToReadAtTheChaptersSpeed() throws {
        for run in try chapterRuns() {
            let speed = run.speed ?? 1
            for (a, b) in zip(run.says, run.says.dropFirst()) where !a.held {
                let wall = (b.at - a.at).seconds / speed
                let need = Self.readingSeconds(a.text)
                #expect(wall >= need,
                        "\(run.name): the caption at \(a.at) is replaced after \(wall) s at \(speed)x; it needs \(need) s: \(a.text)")
            }
        }
    }

    /// At 80×24 a caption reads whole (no ellipsis) in every chapter, however many panes share the screen.
    @Test func captionsAreNotCutAt80x24() throws {
        for run in try builtinRuns() where run.scenario.chapter != nil {
            for say in run.config.timeline {
                guard case .say(let text, _) = say.action else { continue }
                let caption = Caption(time: "00:00:00.000", text: text)
                let panes = max(1, run.scenario.variants.count)
                var c = Canvas(size: GridSize(width: 80, height: 24), glyphs: .unicode, selection: nil)
                let rect = Rect(x: 0, y: 0, width: 80, height: CaptionBox.compactRows)
                if panes > 1 {
                    CaptionBox(caption: caption).renderCompact(into: &c, in: rect)
                } else {
                    let box = CaptionBox(caption: caption)
                    box.render(into: &c, in: Rect(x: 0, y: 0, width: 80, height: box.height(width: 80)))
                }
                #expect(!c.grid.text.contains("…"), "\(run.name): cut at 80x24: \(text)")
            }
        }
    }
}

@Suite("Scenario: speed:")
struct SpeedKeyTests {
    func parse(_ speed: String) throws -> Scenario {
        try ScenarioLoader.parse(text: "speed: \(speed)\nqueues:\n  q: {}\n", file: "s.yaml", name: "s")
    }

    @Test func aStartSpeedIsANumberWithAnOptionalX() throws {
        #expect(try parse("600").speed == 600)
        #expect(try parse("0.5x").speed == 0.5)
        #expect(try ScenarioLoader.parse(text: "queues:\n  q: {}\n", file: "s.yaml", name: "s").speed == nil)
    }

    @Test func aSpeedOutOfRangeSaysWhereAndWhy() {
        do {
            _ = try parse("20000")
            Issue.record("speed 20000 was accepted")
        } catch {
            #expect("\(error)" == "s.yaml:1:8: invalid speed '20000': expected a number from 0.1 to 10000 (times real time)")
        }
    }
}
