import BrokerSimScenario

/// One expectation after the run: whether it held and what the report said.
public struct ExpectationResult: Sendable {
    public var expectation: Expectation
    public var passed: Bool
    public var actual: JSONValue

    public init(_ e: Expectation, report: JSONValue) {
        expectation = e
        actual = report.value(at: e.path) ?? .null
        passed = Self.holds(actual, e.op, e.value)
    }

    static func holds(_ actual: JSONValue, _ op: ComparisonOp, _ expected: ExpectedValue) -> Bool {
        switch expected {
        case .null:
            let isNull = actual == .null
            switch op {
            case .eq: return isNull
            case .ne: return !isNull
            default: return false
            }
        case .number(let x):
            guard let a = actual.number else { return op == .ne }
            // Reports round seconds to microseconds; compare at that grain.
            let eps = 1e-9 * max(1, abs(x))
            switch op {
            case .eq: return abs(a - x) <= eps
            case .ne: return abs(a - x) > eps
            case .lt: return a < x - eps
            case .le: return a <= x + eps
            case .gt: return a > x + eps
            case .ge: return a >= x - eps
            }
        }
    }

    var json: JSONValue {
        .object([
            ("text", .string(expectation.text)),
            ("label", .string(expectation.wording)),
            ("at", expectation.at.map { .seconds($0.seconds) } ?? .null),
            ("passed", .bool(passed)),
            ("actual", actual),
        ])
    }
}
