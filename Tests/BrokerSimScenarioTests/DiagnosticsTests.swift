import Foundation
import Testing
@testable import BrokerSimScenario

@Suite("Diagnostics: file:line:col: message")
struct DiagnosticsTests {
    @Test func badUnitPointsAtTheScalar() {
        let yaml = """
            title: units
            queues:
              emails: {}
            workers:
              mailer:
                queue: emails
                work: 5mz
            """
        #expect(problems(yaml) == ["bad.yaml:7:11: unknown unit 'mz' in duration '5mz'"])
    }

    @Test func unknownKeys() {
        #expect(problems("queues:\n  q:\n    max_lenght: 5\n") == [
            "bad.yaml:3:5: unknown key 'max_lenght' in queue 'q' (did you mean 'max_length'?)",
        ])
        #expect(problems("colour: red\n") == [
            "bad.yaml:1:1: unknown key 'colour' in the scenario (expected title, about, chapter, speed, seed, stop, broker, queues, exchanges, workers, topics, groups, kafka, services, producers, timeline, expect, variants)",
        ])
    }

    @Test func wrongTypes() {
        #expect(problems("queues:\n  q:\n    max_length: {a: 1}\n") == [
            "bad.yaml:3:17: 'max_length' must be a single value, found a map",
        ])
        #expect(problems("queues: [a, b]\n") == [
            "bad.yaml:1:9: 'queues' must be a map of names to settings, found a list",
        ])
        #expect(problems("queues:\n  q: 5\n") == ["bad.yaml:2:6: queue 'q' must be a map, found a value"])
        #expect(problems("- a\n- b\n") == ["bad.yaml:1:1: the scenario must be a map, found a list"])
        #expect(problems("timeline: {at: 1s}\n") == ["bad.yaml:1:11: 'timeline' must be a list, found a map"])
    }

    @Test func impossibleValues() {
        #expect(problems(queueBasics + "  more: {to: emails, backlog: -5}\n") == [
            "bad.yaml:7:31: negative count '-5'",
        ])
        #expect(problems("queues: {q: {}}\nworkers: {w: {queue: q, count: 0, prefetch: -1}}\n") == [
            "bad.yaml:2:32: 'count' must be at least 1, found 0",
            "bad.yaml:2:45: negative count '-1'",
        ])
        #expect(problems("queues: {q: {}}\nworkers: {w: {queue: q, fail: 1.5}}\n") == [
            "bad.yaml:2:31: share '1.5' is not between 0 and 1 (0% and 100%)",
        ])
        #expect(problems("topics: {t: {partitions: 0}}\n") == ["bad.yaml:1:26: 'partitions' must be at least 1, found 0"])
        #expect(problems("queues: {q: {delivery_limit: 5}}\n") == [
            "bad.yaml:1:14: 'delivery_limit' applies to quorum queues only; queue 'q' is classic",
        ])
        #expect(problems("queues: {q: {type: mirrored}}\n") == [
            "bad.yaml:1:20: unknown value 'mirrored' for 'type' (expected classic, quorum or stream)",
        ])
        #expect(problems("stop: never\n") == [
            "bad.yaml:1:7: invalid duration 'never': expected a number with a unit (us, ms, s, m, h, d, w) (or 'drained')",
        ])
        #expect(problems("seed: -1\n") == [
            "bad.yaml:1:7: invalid seed '-1': expected a whole number from 0 to 18446744073709551615",
        ])
    }

    @Test func references() {
        #expect(problems("workers: {w: {queue: nope}}\n") == ["bad.yaml:1:22: unknown queue 'nope'"])
        #expect(problems("workers: {w: {count: 2}}\n") == ["bad.yaml:1:11: worker pool 'w' needs 'queue'"])
        #expect(problems("topics: {t: {}}\nworkers: {w: {queue: t}}\n") == ["bad.yaml:2:22: 't' is a topic, not a queue"])
        #expect(problems("queues: {q: {dead_letter: elsewhere}}\n") == [
            "bad.yaml:1:27: unknown queue or exchange 'elsewhere'",
        ])
        #expect(problems("queues: {q: {}}\nexchanges: {x: {type: fanout, bind: [q, r]}}\n") == [
            "bad.yaml:2:41: unknown queue 'r'",
        ])
        #expect(problems("queues: {q: {}}\nexchanges: {x: {type: direct, bind: [q]}}\n") == [
            "bad.yaml:2:38: a direct exchange binds with a key: {queue: NAME, key: PATTERN}",
        ])
        #expect(problems("queues: {q: {}}\nexchanges: {x: {bind: [q]}}\n") == ["bad.yaml:2:13: exchange 'x' needs 'type'"])
        #expect(problems("producers: {p: {rate: 5/s}}\n") == [
            "bad.yaml:1:13: producer 'p' needs 'to' (a queue, exchange or topic) or 'call' (a service)",
        ])
        #expect(problems("queues: {q: {}}\nservices: {s: {}}\nproducers: {p: {to: q, call: s}}\n") == [
            "bad.yaml:3:24: producer 'p' has both 'to' and 'call': give one",
        ])
        #expect(problems("groups: {g: {topic: clicks}}\n") == ["bad.yaml:1:21: unknown topic 'clicks'"])
        #expect(problems("producers: {p: {call: api}}\n") == ["bad.yaml:1:23: unknown service 'api'"])
    }

    @Test("three mistakes give exactly three diagnostics, in file order")
    func threeMistakes() {
        let yaml = """
            queues:
              emails: {max_length: lots}
            workers:
              mailer: {queue: emails, prefetch: 1, work: 5mz}
            producers:
              resets: {to: emials}
            """
        #expect(problems(yaml) == [
            "bad.yaml:2:24: invalid count 'lots': expected a number, optionally with k, M or G",
            "bad.yaml:4:46: unknown unit 'mz' in duration '5mz'",
            "bad.yaml:6:16: unknown queue, exchange or topic 'emials'",
        ])
    }

    @Test func yamlSyntaxError() {
        let yaml = "queues:\n  emails: {max_length: 5\nworkers: {}\n"
        #expect(problems(yaml) == [
            "bad.yaml:3:8: invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping at line 2, column 11)",
        ])
        #expect(problems("a:\tb\n  c: d") == ["bad.yaml:2:4: invalid YAML: mapping values are not allowed in this context"])
    }

    @Test func duplicateKey() {
        #expect(problems("queues:\n  a: {}\n  a: {}\n") == ["bad.yaml:2:3: duplicate key 'a' in one map"])
    }

    @Test func emptyFile() {
        #expect(problems("") == ["bad.yaml:1:1: the scenario is empty"])
    }

    @Test func missingFileAndBuiltin() {
        #expect(loadProblems("no-such-scenario-x") == [
            "no-such-scenario-x:1:1: no such file or built-in scenario 'no-such-scenario-x'",
        ])
        #expect(loadProblems("/tmp/brokersim-missing/x.yaml") == [
            "/tmp/brokersim-missing/x.yaml:1:1: no such file '/tmp/brokersim-missing/x.yaml'",
        ])
    }

    @Test func loadsAFileAndNamesItAfterTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("brokersim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("resets.yaml").path
        try Data("title: Resets\nqueues: {q: {}}\n".utf8).write(to: URL(fileURLWithPath: path))
        let s = try ScenarioLoader.load(path)
        #expect(s.name == "resets")
        #expect(s.path == path)
        #expect(s.title == "Resets")
        try Data("queues: {q: {max_length: -1}}\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(loadProblems(path) == ["\(path):1:26: negative count '-1'"])
    }

    @Test func errorDescriptionIsOneLinePerDiagnostic() {
        let error = ScenarioError(diagnostics: [
            Diagnostic(location: SourceLocation(file: "a.yaml", line: 1, column: 2), message: "one"),
            Diagnostic(location: SourceLocation(file: "a.yaml", line: 3, column: 4), message: "two"),
        ])
        #expect(error.description == "a.yaml:1:2: one\na.yaml:3:4: two")
    }
}

func loadProblems(_ nameOrPath: String) -> [String] {
    do {
        _ = try ScenarioLoader.load(nameOrPath)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}
