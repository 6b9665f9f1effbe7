import Foundation
import BrokerSimRunner

/// The simulation of a scenario beside its measured run: one row per quantity the issue asks
/// about (drain time, depth peak, latency p50/p99, redelivered, lost, per-worker processed).
public struct Comparison: Sendable {
    public struct Row: Sendable, Equatable {
        public var name: String
        public var simulated: Double?
        public var measured: Double?
        /// "s" for seconds, "" for counts.
        public var unit: String
        /// Of a worker row: its share of all processed messages, simulated and measured.
        public var shares: (Double, Double)?

        public static func == (a: Row, b: Row) -> Bool { a.name == b.name && a.simulated == b.simulated && a.measured == b.measured }

        /// (measured − simulated) / simulated; nil when it means nothing (no simulated value, or 0).
        public var relative: Double? {
            guard let s = simulated, let m = measured else { return nil }
            if s == 0 { return m == 0 ? 0 : nil }
            return (m - s) / s
        }
    }

    public var rows: [Row] = []

    /// - Parameters: simulated: a simulated report (or its sections); measured: `DriveResult.sections`.
    public init(simulated: JSONValue, measured: JSONValue, drained: Bool) {
        func num(_ v: JSONValue, _ path: [String]) -> Double? { v.value(at: path)?.number }
        rows.append(Row(name: drained ? "drain time" : "run time", simulated: num(simulated, ["simulated_seconds"]),
                        measured: num(measured, ["simulated_seconds"]), unit: "s"))
        for q in Self.keys(measured, "queues") {
            rows.append(Row(name: "\(q) ready peak", simulated: num(simulated, ["queues", q, "peak_ready"]),
                            measured: num(measured, ["queues", q, "peak_ready"]), unit: ""))
            // Ready + unacked: measured only (a simulated report has no such peak); with a large
            // prefetch the broker hands messages out at once and its ready peak says little.
            if let depth = num(measured, ["queues", q, "peak_depth"]) {
                rows.append(Row(name: "\(q) depth peak", simulated: num(simulated, ["queues", q, "peak_depth"]), measured: depth, unit: ""))
            }
            for (field, label, unit) in [("latency_p50", "latency p50", "s"),
                                         ("latency_p99", "latency p99", "s"), ("redelivered", "redelivered", ""),
                                         ("lost", "lost", "")] {
                rows.append(Row(name: "\(q) \(label)", simulated: num(simulated, ["queues", q, field]),
                                measured: num(measured, ["queues", q, field]), unit: unit))
            }
            // What the queue's arguments did, on a queue where either side saw it happen.
            for (field, label) in [("refused", "refused"), ("dead_lettered", "dead-lettered"), ("discarded", "discarded")] {
                let s = num(simulated, ["queues", q, field]), m = num(measured, ["queues", q, field])
                if (s ?? 0) != 0 || (m ?? 0) != 0 { rows.append(Row(name: "\(q) \(label)", simulated: s, measured: m, unit: "")) }
            }
        }
        let workers = Self.keys(measured, "workers")
        let simTotal = workers.reduce(0.0) { $0 + (num(simulated, ["workers", $1, "processed"]) ?? 0) }
        let measuredTotal = workers.reduce(0.0) { $0 + (num(measured, ["workers", $1, "processed"]) ?? 0) }
        for w in workers {
            let s = num(simulated, ["workers", w, "processed"]), m = num(measured, ["workers", w, "processed"])
            var row = Row(name: "\(w) processed", simulated: s, measured: m, unit: "")
            row.shares = ((s ?? 0) / max(1, simTotal), (m ?? 0) / max(1, measuredTotal))
            rows.append(row)
        }
    }

    static func keys(_ v: JSONValue, _ section: String) -> [String] {
        if case .object(let f)? = v.value(at: [section]) { return f.map(\.0) }
        return []
    }

    public var json: JSONValue {
        .array(rows.map { r in
            var f: [(String, JSONValue)] = [
                ("name", .string(r.name)),
                ("simulated", r.simulated.map { .rounded($0) } ?? .null),
                ("measured", r.measured.map { .rounded($0) } ?? .null),
                ("relative_difference", r.relative.map { .rounded($0, 4) } ?? .null),
            ]
            if let (s, m) = r.shares {
                f.append(("simulated_share", .rounded(s, 4)))
                f.append(("measured_share", .rounded(m, 4)))
            }
            return .object(f)
        })
    }

    /// The table of docs/drive.md.
    public var text: String {
        var out = "  " + pad("", 28) + lpad("simulated", 16) + lpad("measured", 16) + lpad("difference", 12) + "\n"
        for r in rows {
            var s = Self.value(r.simulated, r.unit), m = Self.value(r.measured, r.unit)
            if let (ss, ms) = r.shares { s += " (\(Self.percent(ss)))"; m += " (\(Self.percent(ms)))" }
            let d = r.relative.map { ($0 >= 0 ? "+" : "") + Self.percent($0) } ?? "n/a"
            out += "  " + pad(r.name, 28) + lpad(s, 16) + lpad(m, 16) + lpad(d, 12) + "\n"
        }
        return out
    }

    static func value(_ v: Double?, _ unit: String) -> String {
        guard let v else { return "-" }
        if unit == "s" {
            return v >= 10 ? String(format1: v) + " s" : (v >= 0.1 ? String(format2: v) + " s" : String(format: "%.0f ms", v * 1000))
        }
        return String(Int64(v.rounded()))
    }

    static func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
    func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
    func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? " " + s : String(repeating: " ", count: n - s.count) + s }
}

extension String {
    init(format1 v: Double) { self = String(format: "%.1f", v) }
    init(format2 v: Double) { self = String(format: "%.2f", v) }
}
