import ArgumentParser
import BrokerSimCore
import BrokerSimScenario

struct ConsoleOptions {
    var seed: UInt64?
    var until: SimDuration?
    var speed: Double = 1
    var variant: String?
}

/// Until the console lands, the commands that would open it run headless and say so.
enum Console {
    static func open(scenario name: String, options: ConsoleOptions) throws {
        Output.out(BrokerSimCommand.helpMessage() + "\n")
        Output.out("The console is not built yet. Run a scenario headless:\n  brokersim run password-resets --headless\n")
    }

    static func open(scenario: Scenario, options: ConsoleOptions) throws {
        Output.err("brokersim: the console is not built yet; running headless\n")
        try Headless.run(scenario, seed: options.seed, until: options.until, variant: options.variant, format: .text)
    }

    static func learn() throws {
        Output.err("brokersim: the console is not built yet; the course chapters are:\n")
        for name in BuiltinScenarios.names {
            if let sc = try? ScenarioLoader.load(name), let ch = sc.chapter { Output.out("\(ch). \(name)  \(sc.title)\n") }
        }
    }
}
