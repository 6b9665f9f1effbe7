/// A JSON value whose objects keep their key order, so reports are written in
/// the field order of docs/report.md and never in a `Dictionary`'s per-process order.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value at a dotted report path (`queues.emails.acked`, `groups.audit.partitions.0.lag`).
    public func value(at path: [String]) -> JSONValue? {
        var v = self
        for key in path {
            switch v {
            case .object(let fields):
                guard let f = fields.first(where: { $0.0 == key }) else { return nil }
                v = f.1
            case .array(let items):
                guard let i = Int(key), items.indices.contains(i) else { return nil }
                v = items[i]
            default: return nil
            }
        }
        return v
    }

    public var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    public subscript(key: String) -> JSONValue? { value(at: [key]) }

    /// Seconds or shares rounded to a fixed number of decimals, so that reports compare byte for byte.
    public static func rounded(_ x: Double, _ decimals: Int = 6) -> JSONValue {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return .double((x * scale).rounded() / scale)
    }

    public static func seconds(_ x: Double?) -> JSONValue { x.map { rounded($0) } ?? .null }
}
