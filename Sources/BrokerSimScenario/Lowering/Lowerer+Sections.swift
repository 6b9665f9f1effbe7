import BrokerSimCore
import Yams

extension Lowerer {
    /// The declarations of one named section (`queues:` …) in file order, each with its checked fields.
    ///
    /// Every declaration yields an entry (with empty fields when its body is
    /// wrong) so config indices stay aligned with the names pass.
    mutating func declarations(_ root: Fields, _ section: String, kind: EntityKind, allowed: [String])
        -> [(name: String, key: Node, fields: Fields)] {
        guard let node = root[section] else { return [] }
        guard case .mapping(let mapping) = node else {
            error(node, "'\(section)' must be a map of names to settings, found \(node.kindDescription)")
            return []
        }
        if Int64(mapping.count) > Limits.perSection {
            error(node, Limits.tooMany(section, Int64(mapping.count), "\(kind.rawValue)s", Limits.perSection))
        }
        var result: [(name: String, key: Node, fields: Fields)] = []
        for (key, body) in mapping {
            guard case .scalar(let scalar) = key else {
                error(key, "names in '\(section)' must be plain names, found \(key.kindDescription)")
                result.append(("", key, Fields(owner: key)))
                continue
            }
            let what = "\(kind.rawValue) '\(scalar.string)'"
            if body.isNullScalar {
                result.append((scalar.string, key, Fields(owner: key)))
            } else {
                let fields = self.fields(body, of: what, allowed: allowed, owner: key) ?? Fields(owner: key)
                result.append((scalar.string, key, fields))
            }
        }
        return result
    }

    /// A duration that must be greater than zero.
    mutating func positiveDuration(_ fields: Fields, _ key: String) -> SimDuration? {
        guard let node = fields[key], let d = value(node, key, Units.duration) else { return nil }
        guard d.micros > 0 else { error(node, "'\(key)' must be greater than 0"); return nil }
        return d
    }

    /// A rate that must be greater than zero.
    mutating func positiveRate(_ fields: Fields, _ key: String) -> Double? {
        guard let node = fields[key], let r = value(node, key, Units.rate) else { return nil }
        guard r > 0 else { error(node, "'\(key)' must be greater than 0"); return nil }
        return r
    }

    /// `work:` (a duration distribution) or `rate:` (constant 1/rate), not both.
    mutating func work(_ fields: Fields, in what: String) -> Distribution? {
        if fields.has("work"), fields.has("rate") {
            error(fields.keyNode("rate")!, "\(what) has both 'work' and 'rate': give one")
            return nil
        }
        if let rate = positiveRate(fields, "rate") { return .constant(1_000_000 / rate) }
        return value(fields, "work") { Units.distribution($0, .duration) }
    }
}
