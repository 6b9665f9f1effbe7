import Testing
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// A scenario text run with invariants checked after every event, and its report read by path:
/// the model suites (cluster, replication) pin their rules on such runs.
enum ModelRun {
    static func world(_ text: String, file: String, until: Double? = nil,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> World {
        let s = try ScenarioLoader.parse(text: text, file: "\(file).yaml", name: file)
        var w = World(config: s.config)
        w.checkInvariants = true
        guard case .after(let d) = s.config.stop else { return w }
        w.advance(to: until.map { .zero + .seconds($0) } ?? .zero + d)
        #expect(w.invariantFailure == nil, "\(w.invariantFailure ?? "")", sourceLocation: sourceLocation)
        return w
    }

    static func report(_ w: World, scenario: String, seed: UInt64) -> JSONValue {
        Report.build(w, header: .init(scenario: scenario, seed: seed, variant: nil, wallSeconds: 0), expectations: [])
    }

    /// The number at a dotted path, -1 when the report has none.
    static func number(_ r: JSONValue, _ path: String) -> Double {
        r.value(at: path.split(separator: ".").map(String.init))?.number ?? -1
    }
}
