import BrokerSimScenario
import BrokerSimSnapshot

extension WatchReport {
    /// The text report: what the JSON holds, as tables.
    public func text(expectations: [ExpectationResult] = []) -> String {
        let j = json
        var out = "watch \(url)\n"
        guard let last = history.latest else {
            return out + "no read succeeded\(lastError.map { ": \($0)" } ?? "")\n"
        }
        out += "\(last.source)\n"
        let failed = failedReads > 0 ? " · \(failedReads) failed (last: \(lastError ?? "?"))" : ""
        out += "\(Self.seconds(watchedSeconds)) watched · \(reads) read\(reads == 1 ? "" : "s")\(failed)\n\n"
        var tables: [String] = []
        for t in WatchReportSchema.textTables {
            guard case .object(let rows)? = j[t.section.rawValue], !rows.isEmpty || t.section != .consumers else { continue }
            var grid = [[t.section.rawValue] + t.columns.map(\.heading)]
            for (name, row) in rows {
                let gone = t.section == .consumers && row["gone"] == .bool(true)
                grid.append(["  " + name + (gone ? " (gone)" : "")] + t.columns.map { c in
                    Self.cell(row[c.field], WatchReportSchema.unit(of: c.field, in: t.section), yes: c.yes)
                })
            }
            let left = Set([0] + t.columns.indices.filter { t.columns[$0].left }.map { $0 + 1 })
            var table = Self.table(grid, left: left)
            if t.section == .queues { table += Self.limitsLines(rows) }
            tables.append(table)
        }
        out += tables.joined(separator: "\n")
        let blocked = last.blockedConnections.map(\.name)
        if !blocked.isEmpty || peakBlocked > 0 {
            out += "\nblocked publishers: \(blocked.isEmpty ? "none now" : blocked.joined(separator: ", ")) (peak \(peakBlocked))\n"
        }
        if !expectations.isEmpty {
            out += "\nexpectations\n"
            for e in expectations {
                out += "  \(e.passed ? "ok  " : "FAIL") \(e.expectation.text)   actual: \(Self.cell(e.actual, nil))\n"
            }
        }
        return out
    }

    /// Each queue's limits in words under the queues table (a queue without any has no line).
    static func limitsLines(_ rows: [(String, JSONValue)]) -> String {
        let lines = rows.compactMap { name, q -> String? in
            let parts = [q["max_length"]?.number.map { "max length \(grouped(Int64($0)))" },
                         q["dead_letter_target"].flatMap { if case .string(let s) = $0 { "dead letters to \(s)" } else { nil } },
                         q["delivery_limit"]?.number.map { "delivery limit \(Int64($0))" }].compactMap { $0 }
            return parts.isEmpty ? nil : "  \(name): \(parts.joined(separator: ", "))\n"
        }
        return lines.isEmpty ? "" : "\n" + lines.joined()
    }

    /// A value as the text writes it, by the field's unit: counts grouped, rates to a tenth,
    /// seconds to a tenth with `s`, bytes in B/KB/MB, flags as `yes` (or the column's word) / `no`.
    static func cell(_ v: JSONValue?, _ unit: ReportField.Unit?, yes: String = "yes") -> String {
        switch v {
        case .int(let i)?: return unit == .bytes ? bytes(i) : grouped(i)
        case .double(let d)?: return unit == .seconds ? decimal(d) + " s" : decimal(d)
        case .string(let s)?: return s
        case .bool(let b)?: return b ? yes : "no"
        default: return "-"
        }
    }

    static func table(_ rows: [[String]], left: Set<Int>) -> String {
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            row.indices.map { c in
                let pad = String(repeating: " ", count: widths[c] - row[c].count)
                return left.contains(c) ? row[c] + pad : pad + row[c]
            }.joined(separator: "  ").trimmingTrailingSpaces
        }.joined(separator: "\n") + "\n"
    }

    static func grouped(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    static func decimal(_ d: Double) -> String {
        let tenths = Int64((d * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    static func seconds(_ s: Double) -> String { "\(Int64(s.rounded())) s" }

    static func bytes(_ b: Int64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var v = Double(b), i = 0
        while v >= 1000 && i < units.count - 1 { v /= 1000; i += 1 }
        return i == 0 ? "\(b) B" : "\(decimal(v)) \(units[i])"
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
