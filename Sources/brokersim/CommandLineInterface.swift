import ArgumentParser
import BrokerSimRunner
import Foundation

/// Parses the command line with our own entry point so that the exit codes in the README hold:
/// swift-argument-parser would exit 64 on bad arguments; we exit 2.
enum CommandLineInterface {
    static func main(_ args: [String]) -> Int32 {
        do {
            var command = try BrokerSimCommand.parseAsRoot(args)
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = BrokerSimCommand.exitCode(for: error)
            let message = BrokerSimCommand.fullMessage(for: error)
            if code == .success {
                Output.out(message + "\n")
                return 0
            }
            Output.err("brokersim: " + message + "\n")
            return 2
        }
    }
}

/// Exit codes (README, "Commands").
enum Exit {
    static let passed: Int32 = 0
    static let expectationFailed: Int32 = 1
    static let invalid: Int32 = 2
    static let internalError: Int32 = 3
}

struct BrokerSimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokersim",
        abstract: "Watch a task queue and an event stream side by side: a deterministic RabbitMQ and Kafka simulator.",
        discussion: """
        Without a command: the console on the built-in queue-vs-stream scenario.
        Headless: brokersim run password-resets --headless [--format json]
        """,
        subcommands: [RunCommand.self, ValidateCommand.self, ListCommand.self, LearnCommand.self, WatchCommand.self,
                      ReplayCommand.self, DriveCommand.self]
    )

    mutating func run() throws {
        try Console.open(Console.plan("queue-vs-stream", options: RunPlan.Options()))
    }
}
