import ArgumentParser
import BrokerSimDrive
import BrokerSimRabbitMQ
import BrokerSimRunner
import BrokerSimScenario
import CFatalSignals
import Foundation

/// `drive --headless`: each run against the broker, then the comparison report; exit 1 when an
/// expectation fails on a measured run or a run never drained.
enum DriveHeadless {
    struct Done {
        var run: DriveSetup.Run
        var simulated: Runner.Outcome
        var result: DriveResult
        var comparison: Comparison
        var results: [ExpectationResult]
    }

    static func run(_ s: Scenario, runs: [DriveSetup.Run], login: AMQPLogin, speed: Double, prefix: String, keep: Bool,
                    format: ReportFormat, management: ManagementClient?) throws {
        bs_term_signals_install()
        bs_term_signals_unblock()
        var done: [Done] = []
        for r in runs {
            let plan = try DriveSetup.plan(s, r, speed: speed, prefix: prefix)
            let d = try execute(s, r, plan: plan, login: login, keep: keep, management: management)
            done.append(d)
        }
        switch format {
        case .json:
            let one = done.map(json)
            let out: JSONValue = done.count == 1 && (runs.first?.variant == nil || runs.count == 1) ? one[0]
                : .object([("scenario", .string(s.name)), ("variants", .object(zip(done, one).map { ($0.run.variant ?? "", $1) }))])
            out.serialized { Output.out($0) }
            Output.out("\n")
        case .text:
            for d in done { Output.out(text(s, d)) }
        }
        let failed = done.contains { d in d.result.end == .neverDrained || !d.results.allSatisfy(\.passed) }
        if failed { throw ExitCode(Exit.expectationFailed) }
    }

    /// Connects and declares (exit 2 on failure), simulates, drives, deletes.
    static func execute(_ s: Scenario, _ r: DriveSetup.Run, plan: DrivePlan, login: AMQPLogin, keep: Bool,
                        management: ManagementClient?) throws -> Done {
        let driver: Driver
        do { driver = try Driver(plan: plan, login: login, keep: keep, management: management) } catch {
            throw DriveSetup.fail("cannot drive \(login.display): \(error.message)")
        }
        let simulated = DriveSetup.simulate(s, r)
        let simSeconds = simulated.report.value(at: ["simulated_seconds"])?.number ?? 60
        let limit = simSeconds / plan.speed * 3 + 30
        let result: DriveResult
        do {
            result = try driver.run(limitSeconds: limit, interrupted: { bs_term_signal_pending() != 0 })
        } catch {
            driver.cleanUp()
            throw DriveSetup.fail("drive \(s.name) on \(login.display): \(error.message)")
        }
        driver.cleanUp()
        if result.end == .interrupted {
            Output.err("brokersim: interrupted; \(keep ? "kept" : "deleted") the queues and exchanges named \(plan.prefix)*\n")
            throw ExitCode(130)
        }
        if result.end == .neverDrained {
            Output.err("brokersim: \(s.name)\(r.variant.map { " (\($0))" } ?? ""): the real run never drained within \(Int(limit)) s\n")
        }
        return done(s, r, simulated: simulated, result: result)
    }

    /// The comparison and the expectations checked on the measured run.
    static func done(_ s: Scenario, _ r: DriveSetup.Run, simulated: Runner.Outcome, result: DriveResult) -> Done {
        let sections = result.sections
        let results = r.expectations.map { ExpectationResult($0, report: sections) }
        let comparison = Comparison(simulated: simulated.report, measured: sections, drained: result.end == .drained)
        return Done(run: r, simulated: simulated, result: result, comparison: comparison, results: results)
    }

    static func json(_ d: Done) -> JSONValue {
        var measured: [(String, JSONValue)] = []
        if case .object(let f) = d.result.sections { measured = f }
        measured.append(("wall_seconds", .rounded(d.result.wallSeconds, 3)))
        measured.append(("expectations", .array(d.results.map(\.reportJSON))))
        return .object([
            ("scenario", .string(d.result.plan.scenario)),
            ("seed", .int(Int64(bitPattern: d.result.plan.seed))),
            ("variant", d.run.variant.map { .string($0) } ?? .null),
            ("broker", .string(d.result.login.display)),
            ("speed", .rounded(d.result.plan.speed, 3)),
            ("end", .string(endWord(d.result.end))),
            ("management", d.result.management.map { m -> JSONValue in
                .object([("url", .string(m.url)), ("reads", .int(Int64(m.reads))),
                         ("last_error", m.error.map { JSONValue.string($0) } ?? .null)])
            } ?? .null),
            ("comparison", d.comparison.json),
            ("measured", .object(measured)),
            ("simulated", d.simulated.report),
        ])
    }

    static func endWord(_ e: Driver.End) -> String {
        switch e {
        case .drained: return "drained"
        case .stopped: return "stopped"
        case .neverDrained: return "never drained"
        case .interrupted: return "interrupted"
        }
    }

    static func text(_ s: Scenario, _ d: Done) -> String {
        let r = d.result
        var out = "drive \(s.name)\(d.run.variant.map { " (\($0))" } ?? "") · seed \(r.plan.seed) · \(r.login.display) · speed \(formatSpeed(r.plan.speed))\n"
        out += "\(endWord(r.end)) after \(String(format: "%.2f", r.seconds)) s of scenario time (\(String(format: "%.2f", r.wallSeconds)) s of wall time)\n"
        if let m = r.management {
            out += "management API \(m.url): \(m.reads) reads" + (m.error.map { "; last failure: \($0)" } ?? "") + "\n"
        }
        out += "\n"
        out += d.comparison.text
        out += "\nmeasured\n"
        for (name, q) in pairs(r.sections, "queues") {
            let fields = ["published", "delivered", "redelivered", "acked", "dead_lettered", "discarded", "lost", "ready", "unacked"]
            out += "  queue \(name): " + fields.map { "\($0) \(q.value(at: [$0])?.serialized(indent: nil) ?? "-")" }.joined(separator: ", ") + "\n"
        }
        for (name, w) in pairs(r.sections, "workers") {
            out += "  worker \(name): processed \(w.value(at: ["processed"])?.serialized(indent: nil) ?? "-"), crashes \(w.value(at: ["crashes"])?.serialized(indent: nil) ?? "-")\n"
        }
        if !d.results.isEmpty {
            out += "\nexpectations on the measured run\n"
            for res in d.results {
                out += "  \(res.passed ? "ok  " : "FAIL") \(res.expectation.wording)  [\(res.expectation.text)]  actual: \(res.actual.serialized(indent: nil))\n"
            }
        }
        return out + "\n"
    }

    static func pairs(_ v: JSONValue, _ key: String) -> [(String, JSONValue)] {
        if case .object(let f)? = v.value(at: [key]) { return f }
        return []
    }

    static func formatSpeed(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
}
