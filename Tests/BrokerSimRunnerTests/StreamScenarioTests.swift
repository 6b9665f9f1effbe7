import Testing
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// The built-in stream scenarios validate, run headless and pass their expectations; the
/// report's stream sections follow SPEC §4's field order.
@Suite("Stream built-in scenarios")
struct StreamScenarioTests {
    static let names = ["clickstream", "audit-down-three-days", "retention-cliff", "kafka-for-emails", "rebalance", "hot-partition"]

    @Test(arguments: names)
    func passesExpectations(name: String) throws {
        let scenario = try ScenarioLoader.load(name)
        var runner = Runner()
        runner.checkInvariants = true
        let outcomes = try runner.run(scenario)
        for o in outcomes {
            #expect(o.passed, "\(name) \(o.variantName ?? ""): \(o.results.filter { !$0.passed }.map { "\($0.expectation.path) = \($0.actual)" })")
            #expect(o.invariantFailure == nil)
        }
    }

    @Test func reportFieldOrder() throws {
        let o = try Runner().run(try ScenarioLoader.load("rebalance"))[0]
        guard case .object(let groups)? = o.report["groups"], case .object(let g) = groups[0].1 else {
            Issue.record("no groups"); return
        }
        let spec = ["processed", "committed", "lag", "peak_lag", "lag_seconds", "duplicates", "skipped", "lost",
                    "lost_to_retention", "rebalances", "caught_up_at", "idle_consumers", "partitions"]
        #expect(Array(g.map(\.0).prefix(spec.count)) == spec)
        guard case .object(let topics)? = o.report["topics"], case .object(let t) = topics[0].1 else {
            Issue.record("no topics"); return
        }
        #expect(Array(t.map(\.0).prefix(5)) == ["appended", "log_start", "log_end", "deleted_by_retention", "partitions"])
    }

    @Test func deterministicReports() throws {
        let s = try ScenarioLoader.load("kafka-for-emails")
        let a = try Runner().run(s).map { Self.strip($0.report) }
        let b = try Runner().run(s).map { Self.strip($0.report) }
        #expect(a == b)
    }

    static func strip(_ v: JSONValue) -> JSONValue {
        guard case .object(let f) = v else { return v }
        return .object(f.filter { $0.0 != "wall_seconds" })
    }
}
