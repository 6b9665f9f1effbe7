import BrokerSimCore
import Yams

extension Lowerer {
    /// `expect:` — plain strings (checked at the end) or `{at: 30s, that: "...", label: "..."}`.
    mutating func lowerExpectations(_ root: Fields, _ config: WorldConfig) -> [Expectation] {
        guard let node = root["expect"] else { return [] }
        guard case .sequence(let items) = node else {
            error(node, "'expect' must be a list, found \(node.kindDescription)")
            return []
        }
        var result: [Expectation] = []
        for item in items {
            var at: SimTime?
            var label: String?
            var expression = item
            if case .mapping = item {
                guard let f = fields(item, of: "an expectation", allowed: ["at", "that", "label"]),
                      let that = require(f, "that", in: "expectation") else { continue }
                if let d = value(f, "at", Units.duration) { at = SimTime(micros: d.micros) } else if f.has("at") { continue }
                if let node = f["label"] {
                    guard let words = text(node, "label") else { continue }
                    label = words.trimmingWhitespace
                    if label!.isEmpty { error(node, "'label' must say the check in words, e.g. label: \"no order was refused\""); continue }
                }
                expression = that
            }
            guard let text = text(expression, "expect") else { continue }
            if var e = expectation(text.trimmingWhitespace, at: at, node: expression, config) {
                e.label = label
                result.append(e)
            }
        }
        return result
    }

    private mutating func expectation(_ text: String, at: SimTime?, node: Node, _ config: WorldConfig) -> Expectation? {
        guard let (pathText, op, valueText) = Lowerer.splitComparison(text) else {
            error(node, "invalid expectation '\(text)': expected PATH OP VALUE with OP one of == != < <= > >=")
            return nil
        }
        let path = pathText.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard checkPath(path, pathText, node, config) else { return nil }
        let value: ExpectedValue
        switch Units.expectedValue(valueText) {
        case .success(let v): value = v
        case .failure(let e): error(node, "\(e.message) in '\(text)'"); return nil
        }
        return Expectation(text: text, at: at, path: path, op: op, value: value, location: location(node))
    }

    /// `a.b.c <= 5s` → ("a.b.c", .le, "5s"); nil when there is no operator or a side is empty.
    static func splitComparison(_ text: String) -> (String, ComparisonOp, String)? {
        guard let i = text.firstIndex(where: { "=!<>".contains($0) }) else { return nil }
        let rest = text[i...]
        let op: ComparisonOp
        if rest.count >= 2, let two = ComparisonOp(rawValue: String(rest.prefix(2))) {
            op = two
        } else if let one = ComparisonOp(rawValue: String(rest.prefix(1))) {
            op = one
        } else {
            return nil
        }
        let path = String(text[..<i]).trimmingWhitespace
        let value = String(rest.dropFirst(op.rawValue.count)).trimmingWhitespace
        guard !path.isEmpty, !value.isEmpty, !path.contains(" "), !value.contains(where: { "=!<>".contains($0) }) else {
            return nil
        }
        return (path, op, value)
    }

    /// Checks the path names a report field of a declared entity; reports the first problem.
    private mutating func checkPath(_ path: [String], _ text: String, _ node: Node, _ config: WorldConfig) -> Bool {
        let section = path[0]
        let topLevel = ReportSchema.header.filter(\.expect).map(\.name)
        if path.count == 1, topLevel.contains(section) { return true }
        guard let known = ReportSchema.Section(rawValue: section) else {
            let expected = (ReportSchema.Section.allCases.map(\.rawValue) + topLevel).joined(separator: ", ")
            error(node, "unknown report section '\(section)' in '\(text)' (expected \(expected))")
            return false
        }
        // What an expectation may compare in a section's rows and in their partitions.
        func checkable(_ fields: [ReportField]) -> [String] { fields.filter(\.expect).map(\.name) }
        let fields = checkable(ReportSchema.fields(known)), partitionFields = checkable(ReportSchema.partitionFields(known))
        if known == .broker {
            return checkField(Array(path.dropFirst()), fields, [], partitions: 0, "the broker", text, node)
        }
        guard path.count >= 2, !path[1].isEmpty else {
            error(node, "path '\(text)' must name an entity and a field, e.g. \(section).NAME.FIELD")
            return false
        }
        let name = path[1], rest = Array(path.dropFirst(2))
        if known == .workers {
            if let (base, number) = ScenarioNames.splitInstance(name), names[base]?.kind == .workerPool,
               number <= maxInstances[base] ?? 0 {
                return checkField(rest, fields, [], partitions: 0, "a worker", text, node)
            }
            if names[name]?.kind == .workerPool {
                error(node, "'\(name)' is a worker pool: workers are reported per instance, e.g. '\(name)-1', in '\(text)'")
            } else {
                error(node, "unknown worker '\(name)' in '\(text)'")
            }
            return false
        }
        let kind: EntityKind
        switch known {
        case .queues: kind = .queue
        case .topics: kind = .topic
        case .groups: kind = .group
        case .services: kind = .service
        case .producers: kind = .producer
        case .broker, .workers: return false  // handled above
        }
        guard let entity = names[name], entity.kind == kind else {
            error(node, "unknown \(kind.rawValue) '\(name)' in '\(text)'")
            return false
        }
        var partitions = 0
        if kind == .topic { partitions = config.topics[entity.index].partitions }
        if kind == .group, config.topics.indices.contains(config.groups[entity.index].topic) {
            partitions = config.topics[config.groups[entity.index].topic].partitions
        }
        return checkField(rest, fields, partitionFields, partitions: partitions, "\(article(kind)) \(kind.rawValue)", text, node)
    }

    /// `field`, or `partitions.N.field` where the entity has partitions.
    private mutating func checkField(_ rest: [String], _ fields: [String], _ partitionFields: [String], partitions: Int,
                                     _ what: String, _ text: String, _ node: Node) -> Bool {
        if rest.count == 1, fields.contains(rest[0]) { return true }
        if !partitionFields.isEmpty, rest.first == "partitions" {
            guard rest.count == 3, let n = Int(rest[1]), rest[1].allSatisfy(\.isNumber) else {
                error(node, "a partition path is partitions.N.FIELD (N from 0) in '\(text)'")
                return false
            }
            guard n < partitions else {
                error(node, "no partition \(n) in '\(text)': there are \(partitions), numbered from 0")
                return false
            }
            guard partitionFields.contains(rest[2]) else {
                error(node, Lowerer.unknownFieldMessage(rest[2], of: "a partition", text, partitionFields))
                return false
            }
            return true
        }
        guard rest.count == 1 else {
            error(node, "path '\(text)' must end in one field of \(what)")
            return false
        }
        error(node, Lowerer.unknownFieldMessage(rest[0], of: what, text, fields + (partitionFields.isEmpty ? [] : ["partitions"])))
        return false
    }

    static func unknownFieldMessage(_ field: String, of what: String, _ text: String, _ fields: [String]) -> String {
        if field.count > 2, let near = fields.first(where: { editDistance($0, field) <= 2 }) {
            return "unknown field '\(field)' of \(what) in '\(text)' (did you mean '\(near)'?)"
        }
        return "unknown field '\(field)' of \(what) in '\(text)' (expected \(fields.joined(separator: ", ")))"
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
