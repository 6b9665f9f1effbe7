import ArgumentParser
import BrokerSimCore
import BrokerSimDrive
import BrokerSimRabbitMQ
import BrokerSimRunner
import BrokerSimScenario
import Foundation

/// What `drive` needs before it starts: the AMQP login (URL and password as `watch` takes them)
/// and the runs of the scenario (each variant, or the one asked for), as `brokersim run` plans them.
enum DriveSetup {
    /// A run as `brokersim run` plans it: the world, its stop, its expectations.
    typealias Run = RunPlan.Run

    static func fail(_ message: String) -> ExitCode {
        Output.err("brokersim: \(message)\n")
        return ExitCode(Exit.invalid)
    }

    static func login(url: String, passwordFile: String?) throws -> AMQPLogin {
        let lower = url.lowercased()
        if lower.hasPrefix("amqps://") { throw fail("'\(url)': drive speaks plain AMQP only (amqp://); TLS is not supported") }
        guard lower.hasPrefix("amqp://") else {
            throw fail("'\(url)' is not an AMQP URL: expected amqp://[USER@]HOST[:PORT][/VHOST]")
        }
        let rest = String(url.dropFirst("amqp://".count))
        let endpoint: ManagementEndpoint
        switch ManagementEndpoint.parse("rabbitmq://" + rest) {
        case .success(let e): endpoint = e
        case .failure(let e): throw fail(e.message.replacingOccurrences(of: "rabbitmq://" + rest, with: url)
            .replacingOccurrences(of: "rabbitmq://[USER@]HOST[:PORT][/VHOST] (or rabbitmqs:// for HTTPS)", with: "amqp://[USER@]HOST[:PORT][/VHOST]"))
        }
        let authority = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let explicitPort = authority.range(of: #":\d+$"#, options: .regularExpression) != nil
        let credentials: Credentials
        switch Credentials.resolve(for: endpoint, passwordFile: passwordFile) {
        case .success(let c): credentials = c
        case .failure(let e): throw fail(e.message)
        }
        return AMQPLogin(host: endpoint.host, port: explicitPort ? endpoint.port : 5672, vhost: endpoint.vhost ?? "/",
                         user: credentials.user, password: credentials.password)
    }

    static func runs(_ s: Scenario, variant: String?, seed: UInt64?) throws -> [Run] {
        do { return try RunPlan(s, RunPlan.Options(seed: seed, variant: variant)).runs } catch { throw fail(error.description) }
    }

    /// The plan of one run; a scenario the driver cannot carry out exits 2 with what it lacks.
    static func plan(_ s: Scenario, _ run: Run, speed: Double, prefix: String) throws -> DrivePlan {
        let p = prefix + (run.variant.map { "\($0)-" } ?? "")
        switch DrivePlan.build(scenario: s.name, variant: run.variant, config: run.config, speed: speed, prefix: p) {
        case .success(let plan): return plan
        case .failure(let e): throw fail(e.message)
        }
    }

    /// The scenario's own simulation of the run, as `brokersim run` computes it.
    static func simulate(_ s: Scenario, _ run: Run) -> Runner.Outcome {
        var runner = Runner()
        runner.checkInvariants = false
        return runner.runOne(s.name, run)
    }
}
