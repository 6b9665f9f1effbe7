import BrokerSimConsole
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Foundation

extension ConsoleRun {
    /// One frame per pane, in variant order.
    func currentFrames() -> [Frame] { panes.indices.map { panes[$0].frame(scenario) } }

    /// Writes `NAME-live-N.yaml` in the current folder (the first N not taken)
    /// and says what happened, for the hint line. The interactive actions are
    /// the first pane's (every pane takes the same ones where they apply).
    func writeLiveScenario() -> String {
        let text: String
        let lead = panes[0]
        do {
            text = try LiveScenarioWriter.write(source: scenario.sourceText, entries: lead.playback.interactive, config: lead.config)
        } catch {
            return "Not written: \(error.description)"
        }
        let fm = FileManager.default
        var n = 1
        while fm.fileExists(atPath: "\(scenario.name)-live-\(n).yaml") { n += 1 }
        let name = "\(scenario.name)-live-\(n).yaml"
        guard fm.createFile(atPath: name, contents: Data(text.utf8)) else { return "Could not write \(name)" }
        let count = lead.playback.interactive.count
        return "Wrote \(name) (\(count) action\(count == 1 ? "" : "s") added to its timeline)"
    }
}
