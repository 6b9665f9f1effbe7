import ArgumentParser
import Foundation
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario (a file path or a built-in name) in the console, or headless."
    )

    @Argument(help: "A scenario file or a built-in name (see `brokersim list`).")
    var scenario: String

    @Flag(help: "Run to the end with no terminal UI and print the report on stdout.")
    var headless = false

    @Option(help: "Override the scenario's seed.")
    var seed: UInt64?

    @Option(help: "A hard stop (e.g. 90s, 3d), earlier or later than the file's.")
    var until: String?

    @Option(help: "Report format when headless: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Console start speed (e.g. 1, 10, 1000); default: the scenario's `speed:`, else 1.")
    var speed: Double?

    @Option(help: "Run one variant only; the report is then that variant's.")
    var variant: String?

    @Option(help: "Headless: your answers to the questions, in order (e.g. 2,1,3; 0 for none); the transcript ends with the score.")
    var answers: String?

    func validate() throws {
        if let until, (try? UnitParser.duration(until)) == nil {
            throw ValidationError("--until takes a duration such as 90s, 10m or 3d, not '\(until)'")
        }
        if let answers {
            guard headless else { throw ValidationError("--answers is for --headless runs; the console asks the questions itself") }
            guard parsedAnswers(answers) != nil else {
                throw ValidationError("--answers takes choice numbers separated by commas, such as 2,1,3 (0 for none), not '\(answers)'")
            }
        }
        if let speed, !(speed > 0) { throw ValidationError("--speed takes a positive number such as 1, 10 or 1000") }
    }

    func run() throws {
        let options = RunPlan.Options(seed: seed, until: until.flatMap { try? UnitParser.duration($0) }, variant: variant, speed: speed)
        let plan = try Console.plan(scenario, options: options)
        if !headless {
            try Console.open(plan)
            return
        }
        try Headless.run(plan, format: format, answers: answers.flatMap(parsedAnswers))
    }

    func parsedAnswers(_ text: String) -> [Int]? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil && $0! >= 0 }) else { return nil }
        return parts.map { $0! }
    }
}

enum Headless {
    static func run(_ plan: RunPlan, format: ReportFormat, answers: [Int]? = nil) throws {
        var runner = Runner()
        if ProgressLine.wanted { runner.progress = { ProgressLine.draw($0) } }
        defer { ProgressLine.clear() }
        let outcomes = runner.run(plan)
        ProgressLine.clear()
        if let broken = outcomes.compactMap(\.invariantFailure).first {
            Output.err("brokersim: internal error (a bug): \(broken)\n")
            throw ExitCode(Exit.internalError)
        }
        switch format {
        case .json:
            Runner.combinedJSON(plan, outcomes).serialized { Output.out($0) }
            Output.out("\n")
        case .text: Output.out(TextReport.render(plan.scenario, outcomes, answers: answers))
        }
        for o in outcomes where o.neverDrained {
            Output.err("brokersim: \(plan.scenario.name)\(o.variantName.map { " (\($0))" } ?? ""): never drained before the cap\n")
        }
        if !outcomes.allSatisfy(\.passed) { throw ExitCode(Exit.expectationFailed) }
    }
}
