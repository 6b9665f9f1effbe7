import BrokerSimConsole
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Foundation

extension ConsoleRun {
    func currentFrame() -> Frame {
        Frame(world: playback.world, history: playback.history, title: scenario.title, about: scenario.about, variant: variant,
              expectations: playback.finished ? expectationLines() : [], finished: playback.finished)
    }

    /// Each expectation checked on the report of its instant (or the end),
    /// computed once per finish.
    func expectationLines() -> [ExpectationLine] {
        if let r = results, r.at == playback.now, r.interactive == playback.interactive.count { return r.lines }
        let final = Report.sections(playback.world)
        var lines: [ExpectationLine] = []
        for e in expectations {
            var report = final
            if let at = e.at, let i = playback.probeTimes.firstIndex(of: at), let w = playback.probes[i] {
                report = Report.sections(w)
            }
            let r = ExpectationResult(e, report: report)
            let text = e.at.map { "at \(SimDuration(micros: $0.micros)): \(e.text)" } ?? e.text
            lines.append(ExpectationLine(text: text, passed: r.passed,
                                         detail: r.passed ? nil : "was \(r.actual.serialized(indent: nil))"))
        }
        results = (playback.now, playback.interactive.count, lines)
        return lines
    }

    /// Writes `NAME-live-N.yaml` in the current folder (the first N not taken)
    /// and says what happened, for the hint line.
    func writeLiveScenario() -> String {
        let text: String
        do {
            text = try LiveScenarioWriter.write(source: scenario.sourceText, entries: playback.interactive, config: config)
        } catch {
            return "Not written: \(error.description)"
        }
        let fm = FileManager.default
        var n = 1
        while fm.fileExists(atPath: "\(scenario.name)-live-\(n).yaml") { n += 1 }
        let name = "\(scenario.name)-live-\(n).yaml"
        guard fm.createFile(atPath: name, contents: Data(text.utf8)) else { return "Could not write \(name)" }
        let count = playback.interactive.count
        return "Wrote \(name) (\(count) action\(count == 1 ? "" : "s") added to its timeline)"
    }
}
