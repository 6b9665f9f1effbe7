import ArgumentParser
import BrokerSimScenario

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files or built-in names; every problem as file:line:col: message."
    )

    @Argument(help: "Scenario files or built-in names.")
    var scenarios: [String]

    func run() throws {
        var bad = false
        for s in scenarios {
            do {
                let sc = try ScenarioLoader.load(s)
                let variants = sc.variants.isEmpty ? "" : " (\(sc.variants.count) variants)"
                Output.out("\(s): ok\(variants)\n")
            } catch {
                bad = true
                Output.err(error.description + "\n")
            }
        }
        if bad { throw ExitCode(Exit.invalid) }
    }
}
