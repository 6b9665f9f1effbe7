import BrokerSimConsole
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Foundation

extension SimulationSource {
    /// Writes `NAME-live-N.yaml` in the current folder (the first N not taken)
    /// and says what happened, for the hint line. With variants side by side every
    /// pane's actions are written: those all took under the file's timeline, the
    /// others under their own variant.
    func writeLiveScenario() -> String {
        let text: String
        do {
            if panes.count == 1 {
                text = try LiveScenarioWriter.write(source: scenario.sourceText, entries: panes[0].playback.interactive, config: panes[0].config)
            } else {
                text = try LiveScenarioWriter.write(source: scenario.sourceText, panes: panes.map {
                    LiveScenarioWriter.PaneActions(variant: $0.variant ?? "", config: $0.config, entries: $0.playback.interactive)
                })
            }
        } catch {
            return "Not written: \(error.description)"
        }
        let fm = FileManager.default
        var n = 1
        while fm.fileExists(atPath: "\(scenario.name)-live-\(n).yaml") { n += 1 }
        let name = "\(scenario.name)-live-\(n).yaml"
        guard fm.createFile(atPath: name, contents: Data(text.utf8)) else { return "Could not write \(name)" }
        let count = panes.map(\.playback.interactive.count).max() ?? 0
        return "Wrote \(name) (\(count) action\(count == 1 ? "" : "s") added to its timeline)"
    }
}
