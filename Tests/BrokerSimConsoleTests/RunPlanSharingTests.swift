import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Foundation
import Testing

/// One `RunPlan` for `brokersim run FILE --headless` and the console: for the same file, seed,
/// variant and `--until`, the console's finished panes list the same expectations with the
/// same ok / FAIL and actual values as the headless report, and both stop at the same instant.
@Suite("One run plan for the console and headless runs")
struct RunPlanSharingTests {
    /// 300 jobs for two workers (four in `four`): checks at 0 s, mid-run, past the drain and
    /// at the end, some of which fail.
    static let text = """
    title: One plan
    seed: 5
    stop: drained
    queues:
      jobs: {}
    workers:
      w:
        queue: jobs
        count: 2
        prefetch: 1
        work: exp(20ms)
    producers:
      p:
        to: jobs
        backlog: 300
    expect:
      - at: 0s
        that: queues.jobs.published == 300
      - at: 1s
        that: queues.jobs.acked > 1000
      - at: 1h
        that: queues.jobs.ready == 0
      - that: simulated_seconds < 1
      - that: workers.w-1.processed >= 150
    variants:
      two: {}
      four:
        workers: { w: { count: 4 } }
    """

    static func file() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("one-plan-\(ProcessInfo.processInfo.processIdentifier).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    final class Clock { var micros: Int64 = 0 }

    /// The console on the plan at full speed until every pane finished: its frames.
    static func console(_ plan: RunPlan) throws -> [Frame] { try finished(plan).frames }

    /// The frames and the screen of the console on the plan at full speed once every pane finished.
    static func finished(_ plan: RunPlan) throws -> (frames: [Frame], screen: String) {
        let clock = Clock()
        let driver = ConsoleDriver(source: SimulationSource(plan), state: ConsoleState(paused: false, speed: .max),
                                   clock: WallClock { clock.micros })
        for _ in 0..<10_000 {
            let screen = driver.draw(size: GridSize(width: 160, height: 40), glyphs: .unicode)
            if driver.frames.allSatisfy(\.finished) { return (driver.frames, screen.grid.text) }
            clock.micros += 33_000
        }
        throw CocoaError(.executableLoad)
    }

    /// `(ok, actual)` for each line of the text report's `expectations`, in order.
    static func headlessLines(_ text: String) -> [(ok: Bool, actual: String)] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  ok   ") || line.hasPrefix("  FAIL "), let r = line.range(of: "  actual: ") else { return nil }
            return (line.hasPrefix("  ok"), String(line[r.upperBound...]))
        }
    }

    @Test(arguments: [RunPlan.Options(), RunPlan.Options(seed: 11), RunPlan.Options(variant: "four"),
                      RunPlan.Options(seed: 3, variant: "two")])
    func theFinishedConsoleListsTheHeadlessReportsExpectations(options: RunPlan.Options) throws {
        let plan = try RunPlan.load(try Self.file(), options)
        let outcomes = Runner().run(plan)
        let report = TextReport.render(plan.scenario, outcomes)
        let frames = try Self.console(plan)
        #expect(frames.map(\.variant) == outcomes.map(\.variantName))
        let headless = Self.headlessLines(report)
        let shown = frames.flatMap(\.expectations)
        #expect(headless.count == shown.count && shown.count == 5 * frames.count, "\(report)")
        for (h, c) in zip(headless, shown) {
            #expect(h.ok == c.passed, "\(c.text): headless \(h.ok ? "ok" : "FAIL"), console \(c.passed ? "ok" : "FAIL")")
            // The console says what a failed check saw; the report says it for every check.
            if !c.passed { #expect(c.detail == "was \(h.actual)", "\(c.text)") }
        }
        // Both pass and fail are there, so the comparison means something: 300 were published by
        // the check at 0 s, 1,000 acked by 1 s is impossible, the queue is empty after the drain.
        #expect(shown.contains { !$0.passed } && shown.contains { $0.passed })
        func passed(at prefix: String) -> [Bool] { shown.filter { $0.text.hasPrefix(prefix) }.map(\.passed) }
        #expect(passed(at: "at 0s:") == Array(repeating: true, count: frames.count))
        #expect(passed(at: "at 1s:") == Array(repeating: false, count: frames.count))
        #expect(passed(at: "at 1h:") == Array(repeating: true, count: frames.count))
    }

    @Test(arguments: [("1500ms", true), ("1h", false)])
    func untilStopsTheConsoleAndTheHeadlessRunAtTheSameInstant(until: String, early: Bool) throws {
        let options = RunPlan.Options(seed: 9, until: try UnitParser.duration(until))
        let plan = try RunPlan.load(try Self.file(), options)
        let outcomes = Runner().run(plan)
        let (frames, screen) = try Self.finished(plan)
        // `--seed 9` in the console's header and in every headless report.
        #expect(screen.split(separator: "\n").first?.contains(" seed 9 ") == true, "\(screen)")
        #expect(outcomes.map { $0.report["seed"] } == Array(repeating: .int(9), count: frames.count))
        for (o, f) in zip(outcomes, frames) {
            let seconds = try #require(o.report["simulated_seconds"]?.number)
            #expect(Double(f.now.micros) / 1e6 == seconds, "\(o.variantName ?? "")")
            // `--until 1500ms` cuts the run short; `--until 1h` is after the drain, where both stop.
            #expect(early ? seconds == 1.5 : seconds < 60)
        }
    }
}
