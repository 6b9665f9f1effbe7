import BrokerSimCore
import BrokerSimScenario

/// The readable summary of a run: what a person pastes into a chat.
public enum TextReport {
    /// - Parameter answers: the user's picks for the questions in order (1-based, 0 for none), for a score.
    public static func render(_ scenario: Scenario, _ outcomes: [Runner.Outcome], answers: [Int]? = nil) -> String {
        var out = "\(scenario.name): \(scenario.title)\n"
        for o in outcomes {
            if let v = o.variantName { out += "\n== variant \(v) ==\n" }
            out += body(o, answers: answers)
        }
        if outcomes.count > 1 { out += "\n" + comparison(outcomes) }
        return printable(out)
    }

    /// Control characters from the scenario's text (a title, a narration) are shown escaped, so
    /// a report printed to a terminal cannot drive it; line breaks and tabs stay.
    static func printable(_ text: String) -> String {
        func control(_ u: Unicode.Scalar) -> Bool {
            (u.value < 0x20 && u != "\n" && u != "\t") || (0x7F...0x9F).contains(u.value)
        }
        guard text.unicodeScalars.contains(where: control) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if control(u) { out.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars) } else { out.append(u) }
        }
        return String(out)
    }

    static func body(_ o: Runner.Outcome, answers: [Int]? = nil) -> String {
        let r = o.report
        var out = ""
        let sim = r["simulated_seconds"]?.number ?? 0
        let seed = r["seed"].map { "\($0.number.map { Int64($0) } ?? 0)" } ?? "?"
        out += "seed \(seed) · \(formatSeconds(sim)) simulated in \(String(format3(r["wall_seconds"]?.number ?? 0))) s wall · \(group(Int64(r["events"]?.number ?? 0))) events\n"
        if o.neverDrained { out += "did not drain before the cap: the run stopped at \(formatSeconds(sim))\n" }
        for t in ReportSchema.textTables {
            if t.section == .broker {
                out += brokerLine(r)
            } else {
                out += table(t, r[t.section.rawValue])
            }
        }
        out += transcript(o.transcript, answers: answers)
        if !o.results.isEmpty {
            out += "\nexpectations\n"
            for res in o.results {
                let at = res.expectation.at.map { " (at \($0))" } ?? ""
                // In words first; the check as written after it, for whoever edits the file.
                let e = res.expectation
                out += "  \(res.passed ? "ok  " : "FAIL") \(e.wording)\(at)  [\(e.text)]  actual: \(res.actual.serialized(indent: nil))\n"
            }
            let held = o.results.filter(\.passed).count
            out += "  \(held) of \(o.results.count) held\n"
        }
        return out
    }

    /// One table of the schema: columns only for fields some row has a value for; rows in report
    /// order (only those with `onlyWith`, when the table has it).
    static func table(_ t: ReportTextTable, _ section: JSONValue?) -> String {
        guard case .object(var rows)? = section else { return "" }
        if let only = t.onlyWith { rows = rows.filter { $0.1[only] != nil } }
        guard !rows.isEmpty else { return "" }
        let cols = t.columns.filter { c in rows.contains { row in row.1[c].map { $0 != .null } ?? false } }
        var grid: [[String]] = [[t.title] + cols.map { $0.replacingUnderscores() }]
        for (name, v) in rows {
            grid.append(["  " + name] + cols.map { c in cell(ReportSchema.unit(of: c, in: t.section), v[c] ?? .null) })
        }
        var widths = Array(repeating: 0, count: grid[0].count)
        for row in grid { for (i, s) in row.enumerated() { widths[i] = max(widths[i], s.count) } }
        var out = "\n"
        for row in grid {
            var line = ""
            for (i, s) in row.enumerated() {
                line += i == 0 ? s + String(repeating: " ", count: widths[i] - s.count)
                               : "  " + String(repeating: " ", count: widths[i] - s.count) + s
            }
            out += line + "\n"
        }
        return out
    }

    /// The broker's three fields as one line; nothing for a scenario without a broker.
    static func brokerLine(_ r: JSONValue) -> String {
        guard case .object(let b)? = r["broker"], !b.isEmpty else { return "" }
        let peak = Int64(r.value(at: ["broker", "memory_peak"])?.number ?? 0)
        return "\nbroker: memory peak \(formatBytes(peak)), alarm on for \(formatSeconds(r.value(at: ["broker", "memory_alarm_seconds"])?.number ?? 0)), OOM kills \(Int64(r.value(at: ["broker", "oom_kills"])?.number ?? 0))\n"
    }

    /// A value as the text report writes it: counts grouped, shares as percentages, times as
    /// durations, by the field's unit (a number with a fraction and no share unit is seconds).
    static func cell(_ unit: ReportField.Unit?, _ v: JSONValue) -> String {
        switch v {
        case .null: return "-"
        case .string(let s): return s
        case .int(let i): return group(i)
        case .double(let d):
            if unit == .share { return "\(Int((d * 100).rounded()))%" }
            return formatSeconds(d)
        default: return v.serialized(indent: nil)
        }
    }

    /// Thousands separated by commas.
    public static func group(_ n: Int64) -> String {
        let s = String(n.magnitude)
        var out = ""
        for (i, ch) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `62.9s`, `1.2ms`, `3h 20m`, `2d 4h`.
    public static func formatSeconds(_ s: Double) -> String {
        if s == 0 { return "0s" }
        if s < 0.001 { return "\(trim(s * 1_000_000))us" }
        if s < 1 { return "\(trim(s * 1000))ms" }
        if s < 120 { return "\(trim(s))s" }
        let total = Int64(s.rounded())
        let d = total / 86_400, h = total % 86_400 / 3600, m = total % 3600 / 60, sec = total % 60
        if d > 0 { return "\(d)d \(h)h" }
        if h > 0 { return "\(h)h \(m)m" }
        return "\(m)m \(sec)s"
    }

    static func trim(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int64(r)) : String(r)
    }

    static func format3(_ x: Double) -> String { JSONValue.format((x * 1000).rounded() / 1000) }

    /// `HH:MM:SS.mmm`, with `Nd ` in front past a day.
    public static func clock(_ t: SimTime) -> String {
        let ms = t.micros / 1000
        let d = ms / 86_400_000, h = ms / 3_600_000 % 24, m = ms / 60_000 % 60, s = ms / 1000 % 60, f = ms % 1000
        func two(_ x: Int64) -> String { x < 10 ? "0\(x)" : "\(x)" }
        let frac = f < 10 ? "00\(f)" : f < 100 ? "0\(f)" : "\(f)"
        return (d > 0 ? "\(d)d " : "") + "\(two(h)):\(two(m)):\(two(s)).\(frac)"
    }

    /// One line per key metric across variants, side by side.
    static func comparison(_ outcomes: [Runner.Outcome]) -> String {
        var out = "comparison\n"
        let names = outcomes.map { $0.variantName ?? "-" }
        var metrics: [([String], String)] = []
        for (section, fields) in [("queues", ["acked", "lost", "duplicates", "dead_lettered", "latency_p99"]),
                                  ("groups", ["processed", "lag", "duplicates", "lost_to_retention"]),
                                  ("producers", ["published", "held", "blocked_seconds", "ok", "failed", "timed_out", "latency_p99"]),
                                  ("workers", ["processed"])] {
            guard case .object(let rows)? = outcomes[0].report[section] else { continue }
            for (name, _) in rows {
                for f in fields { metrics.append(([section, name, f], "\(section).\(name).\(f)")) }
            }
        }
        for (path, label) in metrics {
            let values = outcomes.map { $0.report.value(at: path) ?? .null }
            guard values.contains(where: { $0 != .null }), Set(values.map { $0.serialized(indent: nil) }).count > 1 else { continue }
            let unit = ReportSchema.Section(rawValue: path[0]).flatMap { ReportSchema.unit(of: path[2], in: $0) }
            let cells = zip(names, values).map { "\($0): \(cell(unit, $1))" }
            out += "  \(label)  " + cells.joined(separator: " | ") + "\n"
        }
        return out
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
