import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Foundation
import Testing
@testable import BrokerSimDrive

/// The RabbitMQ that `.ci/run` starts on 127.0.0.1 (AMQP 5672, management API 15672, user
/// guest), and a drive of a small scenario against it beside the scenario's simulation.
enum RealBroker {
    static let login = AMQPLogin(host: "127.0.0.1", port: 5672, vhost: "/", user: "guest", password: "guest")

    /// GET on the management API with curl: the parsed JSON, nil when it fails (404, refused).
    static func api(_ path: String) -> Any? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        p.arguments = ["-sf", "-u", "guest:guest", "http://127.0.0.1:15672/api" + path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        return try? JSONSerialization.jsonObject(with: data)
    }

    /// Records an issue saying what is missing when the broker does not answer.
    static func required(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let up = api("/overview") != nil
        if !up {
            Issue.record("needs a RabbitMQ 3.10 on 127.0.0.1 (AMQP 5672, management API 15672, user guest): .ci/run installs and starts one",
                         sourceLocation: sourceLocation)
        }
        return up
    }

    /// One drive of a scenario, its simulation, and each queue as the management API described
    /// it right after the driver declared it (by the scenario's name).
    struct Run {
        var plan: DrivePlan
        var result: DriveResult
        var measured: JSONValue
        var simulated: JSONValue
        var declared: [String: [String: Any]]

        func measured(_ path: String...) -> Int64? { measured.value(at: path)?.number.map { Int64($0) } }
        func simulated(_ path: String...) -> Int64? { simulated.value(at: path)?.number.map { Int64($0) } }
    }

    /// - Parameters: management: also read the management API during the run; tick: every
    ///   reading the measured pane would draw.
    static func drive(_ yaml: String, speed: Double, management: Bool = false,
                      tick: (DriveReading) -> Void = { _ in }) throws -> Run {
        let scenario = try ScenarioLoader.parse(text: yaml, file: "t.yaml", name: "t")
        let prefix = "bs-args-\(UUID().uuidString.prefix(6).lowercased())-"
        let plan = try DrivePlan.build(scenario: "t", variant: nil, config: scenario.config, speed: speed, prefix: prefix).get()
        let driver = try Driver(plan: plan, login: login, keep: false,
                                management: management ? try login.managementClient(url: nil).get() : nil)
        var declared: [String: [String: Any]] = [:]
        for q in scenario.config.queues {
            declared[q.name] = api("/queues/%2F/" + prefix + q.name) as? [String: Any]
        }
        let result: DriveResult
        do {
            result = try driver.run(limitSeconds: 60, interrupted: { false }, tick: tick)
        } catch {
            driver.cleanUp()
            throw error
        }
        driver.cleanUp()
        var runner = Runner()
        runner.checkInvariants = false
        let simulated = runner.runOne("t", config: scenario.config, expectations: [], variant: nil).report
        return Run(plan: plan, result: result, measured: result.sections, simulated: simulated, declared: declared)
    }
}
