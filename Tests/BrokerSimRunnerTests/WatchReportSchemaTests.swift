import BrokerSimRunner
import BrokerSimScenario
import BrokerSimSnapshot
import Foundation
import Testing

/// The watch report's fields are listed once (`WatchReportSchema`): its JSON writer writes
/// exactly them in their order, its text report's tables show them, `--expect` is checked
/// against them, and docs/live.md documents exactly them.
@Suite("One watch report schema")
struct WatchReportSchemaTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let recording = here.appendingPathComponent("../BrokerSimLiveTests/Fixtures/rabbitmq-3.10/recording.jsonl")
        .standardizedFileURL.path

    /// The report of a recording of a real RabbitMQ 3.10: four reads, a gone consumer, the memory alarm.
    static func report() throws -> WatchReport {
        guard case .success(let snapshots) = SnapshotRecording.read(path: recording) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        var r = WatchReport(url: "recording.jsonl")
        for s in snapshots { r.add(s) }
        return r
    }

    static func rows(_ v: JSONValue?) -> [(String, JSONValue)] {
        if case .object(let rows)? = v { return rows }
        return []
    }

    @Test func theWriterWritesExactlyTheSchemasFieldsInItsOrder() throws {
        let json = try Self.report().json
        #expect(Self.rows(json).map(\.0) == WatchReportSchema.header.map(\.name) + WatchReportSchema.Section.allCases.map(\.rawValue))
        for section in WatchReportSchema.Section.allCases {
            let rows = Self.rows(json[section.rawValue])
            #expect(!rows.isEmpty, "the recording has \(section)")
            for (name, row) in rows {
                #expect(Self.rows(row).map(\.0) == WatchReportSchema.fields(section).map(\.name), "\(section).\(name)")
            }
        }
        // Before any read succeeded: the header's first fields, still in the schema's order.
        var none = WatchReport(url: "rabbitmq://guest@127.0.0.1:9/")
        none.failed("connection refused")
        let keys = Self.rows(none.json).map(\.0)
        #expect(keys == Array(WatchReportSchema.header.map(\.name).prefix(keys.count)))
    }

    @Test func theTextShowsTheSchemasTablesUnderTheirHeadingsAndNotTheOtherFields() throws {
        let text = try Self.report().text()
        let lines = text.split(separator: "\n").map(String.init)
        for t in WatchReportSchema.textTables {
            for c in t.columns { #expect(WatchReportSchema.unit(of: c.field, in: t.section) != nil, "\(t.section) shows \(c.field)") }
            let heading = lines.first { $0.hasPrefix(t.section.rawValue + " ") }
            let words = heading.map { $0.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) } }
            #expect(words == [t.section.rawValue] + t.columns.map(\.heading), "\(text)")
        }
        // The nodes table by unit: bytes in MB, the alarm flag as ALARM, seconds with `s`.
        #expect(lines.contains("  rabbit@localhost  140.4 MB    10.0 MB  ALARM      0.0 s          no"), "\(text)")
        // A queue's state (`running`) and its consumer count are in the JSON only.
        #expect(!WatchReportSchema.inText("state", .queues) && !text.contains("running"))
        #expect(!WatchReportSchema.inText("consumers", .queues) && WatchReportSchema.inText("max_length", .queues))
        #expect(text.contains("  emails: max length 1,000, dead letters to emails.dead\n"))
    }

    @Test func anExpectationOnAFieldOutsideTheSchemaNamesTheFieldsItMayName() {
        let checkable = WatchReportSchema.queues.filter(\.expect).map(\.name)
        guard case .failure(let e) = WatchReportSchema.resolve(["queues", "emails", "lost"], "queues.emails.lost == 0") else {
            Issue.record("queues.emails.lost was accepted"); return
        }
        #expect(e.message == "unknown field 'lost' of a queue in 'queues.emails.lost == 0' (expected \(checkable.joined(separator: ", ")))")
        #expect(!checkable.contains("state") && checkable.contains("drain_seconds"))
        guard case .failure(let s) = WatchReportSchema.resolve(["queue", "emails", "ready"], "queue.emails.ready == 0") else {
            Issue.record("section queue was accepted"); return
        }
        #expect(s.message.hasSuffix("(expected queues, consumers, nodes, watched_seconds, reads, failed_reads, blocked_connections, peak_blocked_connections)"))
    }

    @Test func aNameWithDotsIsOneName() throws {
        let e = try Expectation.parse("queues.emails.dead.ready == 0").get()
        let path = try WatchReportSchema.resolve(e.path, e.text).get()
        #expect(path == ["queues", "emails.dead", "ready"])
        var resolved = e
        resolved.path = path
        let result = ExpectationResult(resolved, report: try Self.report().json)
        #expect(result.passed && result.actual == .int(0))
    }

    // MARK: docs/live.md

    static let doc = here.appendingPathComponent("../../docs/live.md").standardizedFileURL

    /// How docs/live.md writes a unit.
    static func word(_ unit: ReportField.Unit) -> String {
        switch unit {
        case .name: return "text"
        default: return unit.rawValue
        }
    }

    /// `section.field unit text` for each row of the tables under "The watch report"'s
    /// `### Top level` and `` ### `SECTION` `` headings.
    static func documented() throws -> Set<String> {
        let text = try String(contentsOf: doc, encoding: .utf8)
        guard let start = text.range(of: "\n## The watch report\n") else { return [] }
        var out: Set<String> = []
        var section: String?
        for line in text[start.upperBound...].split(separator: "\n") {
            if line.hasPrefix("## ") { break }
            if line.hasPrefix("### ") {
                let title = line.dropFirst(4)
                section = title == "Top level" ? "header" : WatchReportSchema.Section.allCases.first { title == "`\($0.rawValue)`" }?.rawValue
                continue
            }
            guard let section, line.hasPrefix("| `") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3 else { continue }
            out.insert("\(section).\(cells[0].filter { $0 != "`" }) \(cells[1]) \(cells[2])")
        }
        return out
    }

    static var schema: Set<String> {
        var out = Set(WatchReportSchema.header.map { "header.\($0.name) \(word($0.unit)) \(WatchReportSchema.inText($0.name, nil) ? "yes" : "no")" })
        for section in WatchReportSchema.Section.allCases {
            for f in WatchReportSchema.fields(section) {
                out.insert("\(section).\(f.name) \(word(f.unit)) \(WatchReportSchema.inText(f.name, section) ? "yes" : "no")")
            }
        }
        return out
    }

    @Test func docsLiveMdDocumentsEveryWatchFieldWithItsUnitAndWhetherTheTextShowsIt() throws {
        let documented = try Self.documented()
        #expect(Self.schema.subtracting(documented).sorted() == [], "in the schema, not so in docs/live.md")
        #expect(documented.subtracting(Self.schema).sorted() == [], "in docs/live.md, not so in the schema")
    }
}
