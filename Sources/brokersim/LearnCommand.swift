import ArgumentParser
import BrokerSimScenario

struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "The guided course: the chapters in order, in the console."
    )

    func run() throws {
        try Console.learn()
    }
}
