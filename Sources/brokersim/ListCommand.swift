import ArgumentParser
import BrokerSimScenario

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Built-in scenarios with their titles: the course chapters in order, then the rest by name."
    )

    func run() throws {
        let entries = BuiltinScenarios.names.map { name -> (String, String, Int?) in
            let sc = try? ScenarioLoader.load(name)
            return (name, sc?.title ?? "(does not load: run `brokersim validate \(name)`)", sc?.chapter)
        }
        let width = entries.map(\.0.count).max() ?? 0
        for (name, title, chapter) in entries {
            let pad = String(repeating: " ", count: width - name.count)
            let ch = chapter.map { $0 < 10 ? " \($0). " : "\($0). " } ?? "    "
            Output.out("\(ch)\(name)\(pad)  \(title)\n")
        }
    }
}
