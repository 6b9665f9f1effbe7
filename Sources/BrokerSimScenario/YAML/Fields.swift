import OrderedCollections
import Yams

/// The entries of one YAML mapping, by key text, in file order.
///
/// A key whose value is null (`key:`, `key: ~`, `key: null`) reads as absent,
/// so a default applies — the same meaning `null` has in a variant override.
struct Fields {
    var entries: OrderedDictionary<String, (key: Node, value: Node)> = [:]
    /// The node that names what these fields belong to: where "missing key" errors point.
    var owner: Node

    subscript(key: String) -> Node? {
        guard let value = entries[key]?.value, !value.isNullScalar else { return nil }
        return value
    }

    func keyNode(_ key: String) -> Node? { entries[key]?.key }
    func has(_ key: String) -> Bool { self[key] != nil }
}

extension Node {
    /// A plain `null`, `~` or empty scalar.
    var isNullScalar: Bool {
        guard case .scalar(let s) = self, s.style == .plain else { return false }
        return s.string.isEmpty || s.string == "~" || s.string == "null"
    }

    /// For messages: what kind of node this is.
    var kindDescription: String {
        switch self {
        case .scalar: "a value"
        case .mapping: "a map"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
