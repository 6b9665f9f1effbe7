import ArgumentParser
import BrokerSimDrive
import BrokerSimRabbitMQ
import BrokerSimRunner
import BrokerSimScenario
import Foundation

struct DriveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drive",
        abstract: "Run a scenario's task-queue part against a real RabbitMQ over AMQP and compare it with the simulation.",
        discussion: """
        URL: amqp://[USER@]HOST[:PORT][/VHOST] (port 5672). The password comes from BROKERSIM_RABBITMQ_PASSWORD or
        --password-file, never the command line; user guest on localhost needs neither. Everything declared is named
        with --prefix and deleted at the end unless --keep. See docs/drive.md.
        """
    )

    @Argument(help: "A scenario file or a built-in name (see `brokersim list`).")
    var scenario: String

    @Option(help: "The broker: amqp://[USER@]HOST[:PORT][/VHOST].")
    var rabbitmq: String

    @Option(help: "A file holding the password (one trailing newline is dropped).")
    var passwordFile: String?

    @Option(help: "The management API read during the run for the broker's own unacked and depth (default: rabbitmq://HOST:15672 of the AMQP URL; same user and password).")
    var management: String?

    @Option(help: "HTTPS management API: trust the certificate authorities in FILE (PEM) instead of the system's.")
    var caFile: String?

    @Option(help: "Time compression: rates ×N, work times, TTLs and the timeline ÷N (e.g. 10).")
    var speed: Double = 1

    @Option(help: "Run one variant only.")
    var variant: String?

    @Option(help: "Override the scenario's seed.")
    var seed: UInt64?

    @Option(help: "The prefix of every queue and exchange declared (default: brokersim-drive-PID-).")
    var prefix: String?

    @Flag(help: "Keep the declared queues and exchanges at the end.")
    var keep = false

    @Flag(help: "No terminal UI: run to the end and print the comparison report (the console shows the simulation and the measured broker side by side).")
    var headless = false

    @Option(help: "Headless report format: text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        guard speed > 0, speed <= 1000 else { throw ValidationError("--speed takes a number from 0 (exclusive) to 1000, such as 10") }
        if !headless && format != .text { throw ValidationError("--format is for --headless runs") }
        if let prefix, prefix.isEmpty || !prefix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) }) {
            throw ValidationError("--prefix takes letters, digits and - _ . : only, not '\(prefix)'")
        }
    }

    func run() throws {
        let loaded: Scenario
        do { loaded = try ScenarioLoader.load(scenario) } catch {
            Output.err(error.description + "\n")
            throw ExitCode(Exit.invalid)
        }
        let login = try DriveSetup.login(url: rabbitmq, passwordFile: passwordFile)
        let runs = try DriveSetup.runs(loaded, variant: variant, seed: seed)
        let prefix = self.prefix ?? "brokersim-drive-\(getpid())-"
        let api: ManagementClient
        switch login.managementClient(url: management, caFile: caFile) {
        case .success(let c): api = c
        case .failure(let e): throw DriveSetup.fail("--management: \(e.message)")
        }
        if caFile != nil && !api.endpoint.https {
            throw DriveSetup.fail("--ca-file is for an HTTPS management API (--management rabbitmqs://… or https://…), not '\(api.endpoint.display)'")
        }
        if headless {
            try DriveHeadless.run(loaded, runs: runs, login: login, speed: speed, prefix: prefix, keep: keep, format: format,
                                  management: api)
        } else {
            try DriveConsole.open(loaded, runs: runs, login: login, speed: speed, prefix: prefix, keep: keep, management: api)
        }
    }
}
