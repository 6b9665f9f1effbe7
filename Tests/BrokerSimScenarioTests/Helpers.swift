import BrokerSimCore
@testable import BrokerSimScenario

/// Parses inline YAML, returning the scenario or failing the test with its diagnostics.
func scenario(_ yaml: String, file: String = "test.yaml") throws -> Scenario {
    do {
        return try ScenarioLoader.parse(text: yaml, file: file, name: "test")
    } catch {
        throw error
    }
}

/// The diagnostics of inline YAML as printed lines; empty when it is valid.
func problems(_ yaml: String, file: String = "bad.yaml") -> [String] {
    do {
        _ = try ScenarioLoader.parse(text: yaml, file: file, name: "bad")
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

/// A minimal valid task-queue scenario to extend in tests.
let queueBasics = """
    queues:
      emails: {}
    workers:
      mailer: {queue: emails, count: 5}
    producers:
      resets: {to: emails, backlog: 100}

    """

// Swift Testing also declares `Expectation` and `SourceLocation`; these mean ours in this module.
typealias Expectation = BrokerSimScenario.Expectation
typealias SourceLocation = BrokerSimScenario.SourceLocation

import Yams

/// `Yams.compose`, named so tests read plainly.
func Yams_compose(_ yaml: String) throws -> Node? { try Yams.compose(yaml: yaml) }
