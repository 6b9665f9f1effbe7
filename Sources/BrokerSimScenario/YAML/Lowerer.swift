import BrokerSimCore
import Yams

/// Turns a YAML tree into config values, collecting every problem instead of stopping at the first.
///
/// Each reader returns nil after recording a diagnostic at the offending
/// node, so callers keep going and keep the default.
struct Lowerer {
    let file: String
    var diagnostics: [Diagnostic] = []
    /// Filled by the names pass before any section is lowered, so references may point forward.
    var names = ScenarioNames()
    /// Highest instance count each pool/group/service reaches (declared or by a timeline `scale:`), by name.
    var maxInstances: [String: Int] = [:]
    /// Running totals for the file-wide limits (`Limits`).
    var totalInstances: Int64 = 0
    var totalPartitions: Int64 = 0
    var groupPartitions: Int64 = 0
    var bindingCount: Int64 = 0
    /// Which producers call a service (a burst of calls is limited more tightly than one of messages).
    var callers: [Bool] = []
    /// Each service's `concurrency`: a `scale:` of a service is limited by count × concurrency too.
    var serviceConcurrency: [Int] = []
    /// Kafka brokers of the file's replicated topics (0 when none), for `kafka-N` on the timeline.
    var kafkaBrokers = 0
    /// RabbitMQ cluster nodes (1 = no cluster), for `node:` and `rabbit-N` on the timeline.
    var rabbitNodes = 1
    /// Per queue, in declaration order: `type: stream` (workers on one take `offset` and `track`).
    var queueIsStream: [Bool] = []
    /// Per topic, in declaration order: `cleanup:` compacts it (its producers need keys).
    var compactedTopics: [Bool] = []

    init(file: String) { self.file = file }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    mutating func error(_ node: Node, _ message: String) {
        diagnostics.append(Diagnostic(location: location(node), message: message))
    }

    /// Checks `node` is a mapping with scalar keys drawn from `allowed`; unknown keys are reported and skipped.
    mutating func fields(_ node: Node, of what: String, allowed: [String], owner: Node? = nil) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error(node, "\(what) must be a map, found \(node.kindDescription)")
            return nil
        }
        var fields = Fields(owner: owner ?? node)
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error(key, "keys in \(what) must be plain names, found \(key.kindDescription)")
                continue
            }
            let name = scalar.string
            guard allowed.contains(name) else {
                error(key, Lowerer.unknownKeyMessage(name, in: what, allowed: allowed))
                continue
            }
            fields.entries[name] = (key, value)
        }
        return fields
    }

    static func unknownKeyMessage(_ key: String, in what: String, allowed: [String]) -> String {
        if let near = allowed.first(where: { editDistance($0, key) <= 2 }), key.count > 2 {
            return "unknown key '\(key)' in \(what) (did you mean '\(near)'?)"
        }
        return "unknown key '\(key)' in \(what) (expected \(allowed.joined(separator: ", ")))"
    }

    /// The raw text of a scalar; a map or a list where one value is wanted is reported.
    mutating func text(_ node: Node, _ key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(node, "'\(key)' must be a single value, found \(node.kindDescription)")
            return nil
        }
        return scalar.string
    }

    /// Reads `fields[key]` with a unit parser; nil when absent (no diagnostic) or invalid (diagnostic).
    mutating func value<T>(_ fields: Fields, _ key: String, _ parse: (String) -> Result<T, UnitError>) -> T? {
        guard let node = fields[key] else { return nil }
        return value(node, key, parse)
    }

    mutating func value<T>(_ node: Node, _ key: String, _ parse: (String) -> Result<T, UnitError>) -> T? {
        guard let text = text(node, key) else { return nil }
        switch parse(text) {
        case .success(let v): return v
        case .failure(let e): error(node, e.message); return nil
        }
    }

    /// A value from a fixed set of spellings (`classic | quorum`).
    mutating func choice<T: RawRepresentable>(_ fields: Fields, _ key: String, _ type: T.Type, _ spellings: [T]) -> T?
        where T.RawValue == String {
        value(fields, key) { text in
            if let v = T(rawValue: text), spellings.contains(where: { $0.rawValue == text }) { return .success(v) }
            let expected = Lowerer.listing(spellings.map(\.rawValue))
            return .failure(UnitError("unknown value '\(text)' for '\(key)' (expected \(expected))"))
        }
    }

    /// A required key: reports its absence at the owner's position.
    mutating func require(_ fields: Fields, _ key: String, in what: String) -> Node? {
        if let node = fields[key] { return node }
        error(fields.owner, "\(what) needs '\(key)'")
        return nil
    }

    /// A count checked against a lower bound.
    mutating func count(_ fields: Fields, _ key: String, atLeast minimum: Int64) -> Int64? {
        guard let node = fields[key], let n = value(node, key, Units.count) else { return nil }
        guard n >= minimum else {
            error(node, "'\(key)' must be at least \(minimum), found \(n)")
            return nil
        }
        return n
    }

    /// Levenshtein distance, for "did you mean" hints on misspelt keys.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
