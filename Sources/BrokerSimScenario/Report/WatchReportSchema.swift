/// Every field of the watch report (`brokersim watch URL --headless`, `brokersim replay FILE
/// --headless`; docs/live.md, "The watch report"), by section, in the order the JSON report
/// writes them: what `--expect` may name, what the text report shows and how, and what
/// docs/live.md must document (a test holds all three to it), as `ReportSchema` is for a
/// scenario's report.
public enum WatchReportSchema {
    public enum Section: String, CaseIterable, Hashable, Sendable {
        case queues, consumers, nodes
    }

    /// Top-level keys, before the sections.
    public static let header: [ReportField] = [
        .init("url", .name, expect: false), .init("source", .name, expect: false),
        .init("watched_seconds", .seconds), .init("reads", .count), .init("failed_reads", .count),
        .init("last_error", .name, expect: false),
        .init("blocked_connections", .count), .init("peak_blocked_connections", .count),
    ]

    public static let queues: [ReportField] = [
        .init("type", .name, expect: false), .init("ready", .count), .init("unacked", .count), .init("consumers", .count),
        .init("peak_ready", .count),
        .init("published", .count), .init("delivered", .count), .init("acked", .count), .init("redelivered", .count),
        .init("in_rate", .rate), .init("out_rate", .rate),
        .init("drain", .name, expect: false), .init("drain_seconds", .seconds),
        .init("max_length", .count), .init("dead_letter_target", .name, expect: false), .init("delivery_limit", .count),
        .init("state", .name, expect: false),
    ]

    public static let consumers: [ReportField] = [
        .init("queue", .name, expect: false), .init("prefetch", .count), .init("unacked", .count), .init("acked", .count),
        .init("gone", .flag, expect: false),
    ]

    public static let nodes: [ReportField] = [
        .init("memory_used", .bytes), .init("memory_limit", .bytes), .init("memory_alarm", .flag),
        .init("memory_alarm_seconds", .seconds), .init("disk_alarm", .flag),
    ]

    public static func fields(_ section: Section) -> [ReportField] {
        switch section {
        case .queues: return queues
        case .consumers: return consumers
        case .nodes: return nodes
        }
    }

    /// The text report's tables, in the order it prints them.
    public static let textTables: [WatchTextTable] = [
        .init(.queues, [.init("type", left: true), .init("ready"), .init("unacked"), .init("peak_ready"), .init("published"),
                        .init("acked"), .init("redelivered"), .init("in_rate", "in/s"), .init("out_rate", "out/s"),
                        .init("drain", left: true)]),
        .init(.consumers, [.init("queue", left: true), .init("prefetch"), .init("unacked"), .init("acked")]),
        .init(.nodes, [.init("memory_used", "memory"), .init("memory_limit", "watermark"), .init("memory_alarm", "alarm", yes: "ALARM"),
                       .init("memory_alarm_seconds", "alarm for"), .init("disk_alarm", yes: "ALARM")]),
    ]

    /// Fields the text report writes outside its tables, as `field` (top level) or
    /// `section.field`: the lines above the tables, a queue's limits line under its table, a
    /// gone consumer's `(gone)`, the blocked publishers line.
    public static let textLines: [String] = [
        "url", "source", "watched_seconds", "reads", "failed_reads", "last_error", "blocked_connections",
        "peak_blocked_connections", "queues.max_length", "queues.dead_letter_target", "queues.delivery_limit", "consumers.gone",
    ]

    /// Whether the text report shows `name` (of `section`, or top level when nil).
    public static func inText(_ name: String, _ section: Section?) -> Bool {
        guard let section else { return textLines.contains(name) }
        return textLines.contains("\(section.rawValue).\(name)")
            || textTables.contains { $0.section == section && $0.columns.contains { $0.field == name } }
    }

    /// The unit of `name` in `section` (top level when nil); nil for an unknown field.
    public static func unit(of name: String, in section: Section?) -> ReportField.Unit? {
        (section.map(fields) ?? header).first { $0.name == name }?.unit
    }

    /// A `--expect` path checked against the schema: the path the report is read at (a
    /// queue, consumer or node name may hold dots: `queues.emails.dead.ready` is the
    /// `ready` of `emails.dead`, since no field has a dot), or why it names nothing the
    /// report has, with the fields it does have.
    public static func resolve(_ path: [String], _ text: String) -> Result<[String], Expectation.SyntaxError> {
        let topLevel = header.filter(\.expect).map(\.name)
        if path.count == 1, topLevel.contains(path[0]) { return .success(path) }
        guard let section = Section(rawValue: path[0]) else {
            let expected = (Section.allCases.map(\.rawValue) + topLevel).joined(separator: ", ")
            return .failure(.init("unknown report section '\(path[0])' in '\(text)' (expected \(expected))"))
        }
        let what = String(section.rawValue.dropLast())
        let name = path.dropFirst().dropLast().joined(separator: ".")
        guard path.count >= 3, !name.isEmpty else {
            return .failure(.init("path '\(text)' must name a \(what) and a field, e.g. \(section.rawValue).NAME.FIELD"))
        }
        let checkable = fields(section).filter(\.expect).map(\.name)
        guard checkable.contains(path[path.count - 1]) else {
            return .failure(.init(Lowerer.unknownFieldMessage(path[path.count - 1], of: "a \(what)", text, checkable)))
        }
        return .success([section.rawValue, name, path[path.count - 1]])
    }
}
