import BrokerSimCore

public enum ComparisonOp: String, Sendable {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
}

/// The right-hand side of an expectation, already in report units.
public enum ExpectedValue: Sendable, Equatable {
    case number(Double)
    case null
}

/// A check on the report (docs/scenarios.md, Expectations): `path op value`, at the end or at an instant.
public struct Expectation: Sendable, Equatable {
    /// The expression as written, e.g. `queues.emails.acked == 10000`.
    public var text: String
    /// nil: checked at the end of the run.
    public var at: SimTime?
    /// The report's JSON keys, e.g. `["queues", "emails", "acked"]`; array indices as decimal strings.
    public var path: [String]
    public var op: ComparisonOp
    /// Durations in seconds, sizes in bytes, counts as numbers, shares as fractions.
    public var value: ExpectedValue
    public var location: SourceLocation
    /// The check in words as the file gives it (`label:`), e.g. `no order was refused`; nil when it gives none.
    public var label: String?
    public init(text: String, at: SimTime?, path: [String], op: ComparisonOp, value: ExpectedValue, location: SourceLocation,
                label: String? = nil) {
        self.text = text; self.at = at; self.path = path; self.op = op; self.value = value; self.location = location
        self.label = label
    }
}
