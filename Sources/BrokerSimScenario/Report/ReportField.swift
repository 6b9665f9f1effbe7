/// One field of a report (docs/report.md; the watch report's in docs/live.md): its JSON name, its unit, and whether an
/// expectation may compare it.
public struct ReportField: Hashable, Sendable {
    /// What the value measures, which decides how the text report writes it.
    public enum Unit: String, Hashable, Sendable {
        case count, seconds
        /// Per second (the watch report's `in_rate`, `out_rate`).
        case rate
        /// Seconds since t=0 (`caught_up_at`).
        case instant
        /// A fraction from 0 to 1, written as a percentage in text.
        case share
        case bytes
        /// A position in a log.
        case offset
        /// Text: a node, a member, a status.
        case name
        case flag
        /// One object per partition, with fields of their own.
        case list
    }

    public let name: String
    public let unit: Unit
    /// False for values an expectation cannot usefully compare (a status, a marker).
    public let expect: Bool

    public init(_ name: String, _ unit: Unit, expect: Bool = true) {
        self.name = name; self.unit = unit; self.expect = expect
    }
}
