import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Foundation
import Testing

/// The report schema is the one list of report fields: the JSON writer writes exactly its
/// fields in its order, the text report shows only its fields, and docs/report.md documents
/// exactly its fields.
@Suite("One report schema")
struct ReportSchemaTests {
    /// Every built-in's world (each variant's too), a little way in: between them they have
    /// every kind of entity (clustered queues, streams, replicated topics, share groups, callers).
    static func reports() throws -> [(String, JSONValue)] {
        var out: [(String, JSONValue)] = []
        for name in BuiltinScenarios.names {
            let s = try ScenarioLoader.load(name)
            for (label, config) in [(name, s.config)] + s.variants.map({ ("\(name)/\($0.name)", $0.config) }) {
                var w = World(config: config)
                w.advance(to: .zero + .secs(30))
                out.append((label, Report.build(w, header: .init(scenario: name, seed: 1, variant: nil, wallSeconds: 0),
                                                expectations: [])))
            }
        }
        return out
    }

    /// Whether `keys` are all in `schema` and in its order.
    static func inOrder(_ keys: [String], _ schema: [ReportField]) -> Bool {
        var rest = schema.map(\.name)[...]
        for k in keys {
            guard let i = rest.firstIndex(of: k) else { return false }
            rest = rest[(i + 1)...]
        }
        return true
    }

    static func rows(_ v: JSONValue?) -> [(String, JSONValue)] {
        if case .object(let rows)? = v { return rows }
        return []
    }

    static func keys(_ v: JSONValue) -> [String] { rows(v).map(\.0) }

    @Test func theWriterWritesExactlyTheSchemasFieldsInItsOrder() throws {
        var seen: Set<String> = []
        for (label, report) in try Self.reports() {
            #expect(Self.keys(report) == ReportSchema.header.map(\.name) + ReportSchema.Section.allCases.map(\.rawValue)
                    + ["expectations", "transcript"], "\(label)")
            for section in ReportSchema.Section.allCases {
                let entries = section == .broker ? (Self.rows(report[section.rawValue]).isEmpty ? [] : [("broker", report["broker"]!)])
                                                 : Self.rows(report[section.rawValue])
                for (name, row) in entries {
                    let share = row["share"] == .bool(true)
                    let fields = section == .groups ? share ? ReportSchema.shareGroups : ReportSchema.groups : ReportSchema.fields(section)
                    #expect(Self.inOrder(Self.keys(row), fields), "\(label): \(section).\(name) has \(Self.keys(row))")
                    for k in Self.keys(row) { seen.insert("\(section).\(k)") }
                    guard case .array(let parts)? = row["partitions"] else { continue }
                    let partFields = section == .topics ? ReportSchema.topicPartitions
                        : share ? ReportSchema.shareGroupPartitions : ReportSchema.groupPartitions
                    for p in parts {
                        #expect(Self.inOrder(Self.keys(p), partFields), "\(label): \(section).\(name) partition has \(Self.keys(p))")
                        for k in Self.keys(p) { seen.insert("\(section).partitions.\(k)") }
                    }
                }
            }
        }
        // And every field of the schema is written by some built-in: none is listed for nothing.
        for section in ReportSchema.Section.allCases {
            for f in ReportSchema.fields(section) { #expect(seen.contains("\(section).\(f.name)"), "no report has \(section).\(f.name)") }
            for f in ReportSchema.partitionFields(section) {
                #expect(seen.contains("\(section).partitions.\(f.name)"), "no report has \(section) partition \(f.name)")
            }
        }
    }

    @Test func theTextReportShowsOnlySchemaFields() {
        for t in ReportSchema.textTables {
            for c in t.columns { #expect(ReportSchema.unit(of: c, in: t.section) != nil, "\(t.title) shows \(c)") }
        }
        #expect(ReportSchema.inText("busy_share", .workers) && !ReportSchema.inText("peak_ready", .queues))
    }

    @Test func anExpectationOnAFieldOutsideTheSchemaNamesTheSchemasFields() throws {
        let text = """
        queues: { q: {} }
        producers: [ { name: p, to: q, rate: 1/s } ]
        stop: 1m
        expect: [ "broker.memory == 1" ]
        """
        #expect(throws: (any Error).self) { try ScenarioLoader.parse(text: text, file: "bad.yaml", name: "bad") }
        do { _ = try ScenarioLoader.parse(text: text, file: "bad.yaml", name: "bad") } catch {
            #expect("\(error)".contains("(expected \(ReportSchema.broker.map(\.name).joined(separator: ", ")))"))
        }
    }

    // MARK: docs/report.md

    static let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/report.md").standardizedFileURL

    /// The fields docs/report.md documents, as `section.field` and `section.partitions.field`:
    /// the first backticked cell of each table row under a section's heading (the second in a
    /// `| section | field |` table, whose first cell names the section), and the backticked
    /// names in a `partitions` row's meaning.
    static func documented() throws -> Set<String> {
        let text = try String(contentsOf: doc, encoding: .utf8)
        var out: Set<String> = []
        var section: String?
        var sectionColumn = false
        let owner = ["queue": "queues", "worker": "workers", "topic": "topics", "partition": "topics.partitions",
                     "group": "groups", "producer": "producers"]
        func names(_ cell: Substring) -> [String] {
            cell.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 && $0.element.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" } && $0.element != "null" }
                .map { String($0.element) }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                let title = line.dropFirst(3)
                section = title == "Top level" ? "header"
                    : ReportSchema.Section.allCases.first { title == "`\($0.rawValue)`" }?.rawValue
                continue
            }
            guard let section, line.hasPrefix("| ") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces)[...] }
            if cells.first == "field" || cells.first == "section" { sectionColumn = cells.first == "section"; continue }
            guard cells.count >= 2 else { continue }
            let (where_, field) = sectionColumn ? (owner[String(cells[0])] ?? "?\(cells[0])", cells[1]) : (section, cells[0])
            guard let name = names(field).first else { continue }
            if name == "partitions" {
                for p in names(cells[cells.count - 1]) { out.insert("\(where_).partitions.\(p)") }
            } else {
                out.insert("\(where_).\(name)")
            }
        }
        return out
    }

    static var schema: Set<String> {
        var out = Set(ReportSchema.header.map { "header.\($0.name)" })
        for section in ReportSchema.Section.allCases {
            for f in ReportSchema.fields(section) where f.unit != .list { out.insert("\(section).\(f.name)") }
            for f in ReportSchema.partitionFields(section) { out.insert("\(section).partitions.\(f.name)") }
        }
        return out
    }

    @Test func docsReportMdDocumentsEveryFieldOfTheSchemaAndNoOther() throws {
        let documented = try Self.documented()
        #expect(Self.schema.subtracting(documented).sorted() == [], "in the schema, not in docs/report.md")
        #expect(documented.subtracting(Self.schema).sorted() == [], "in docs/report.md, not in the schema")
    }
}
