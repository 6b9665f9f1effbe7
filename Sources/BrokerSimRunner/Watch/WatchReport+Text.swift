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
        func num(_ v: JSONValue?) -> String {
            switch v {
            case .int(let i)?: return Self.grouped(i)
            case .double(let d)?: return Self.decimal(d)
            case .string(let s)?: return s
            case .bool(let b)?: return b ? "yes" : "no"
            default: return "-"
            }
        }
        var rows = [["queues", "type", "ready", "unacked", "peak ready", "published", "acked", "redelivered", "in/s", "out/s", "drain"]]
        for q in last.queues {
            let f = { (k: String) in num(j.value(at: ["queues", q.name, k])) }
            rows.append(["  " + q.name, q.type, f("ready"), f("unacked"), f("peak_ready"), f("published"), f("acked"),
                         f("redelivered"), f("in_rate"), f("out_rate"), f("drain")])
        }
        out += Self.table(rows, left: [0, 1, 10])
        let limits = last.queues.compactMap { q -> String? in
            let parts = [q.maxLength.map { "max length \(Self.grouped($0))" }, q.deadLetterTarget.map { "dead letters to \($0)" },
                         q.deliveryLimit.map { "delivery limit \($0)" }].compactMap { $0 }
            return parts.isEmpty ? nil : "  \(q.name): \(parts.joined(separator: ", "))\n"
        }
        if !limits.isEmpty { out += "\n" + limits.joined() }
        if case .object(let consumers)? = j["consumers"], !consumers.isEmpty {
            var c = [["consumers", "queue", "prefetch", "unacked", "acked"]]
            for (name, v) in consumers {
                let gone = v["gone"] == .bool(true)
                c.append(["  " + name + (gone ? " (gone)" : ""), num(v["queue"]), num(v["prefetch"]), num(v["unacked"]), num(v["acked"])])
            }
            out += "\n" + Self.table(c, left: [0, 1])
        }
        var n = [["nodes", "memory", "watermark", "alarm", "alarm for", "disk alarm"]]
        for node in last.nodes {
            let alarmFor = num(j.value(at: ["nodes", node.name, "memory_alarm_seconds"]))
            n.append(["  " + node.name, Self.bytes(node.memoryUsed), Self.bytes(node.memoryLimit),
                      node.memoryAlarm ? "ALARM" : "no", alarmFor + " s", node.diskAlarm ? "ALARM" : "no"])
        }
        out += "\n" + Self.table(n, left: [0])
        let blocked = last.blockedConnections.map(\.name)
        if !blocked.isEmpty || peakBlocked > 0 {
            out += "\nblocked publishers: \(blocked.isEmpty ? "none now" : blocked.joined(separator: ", ")) (peak \(peakBlocked))\n"
        }
        if !expectations.isEmpty {
            out += "\nexpectations\n"
            for e in expectations {
                out += "  \(e.passed ? "ok  " : "FAIL") \(e.expectation.text)   actual: \(num(e.actual))\n"
            }
        }
        return out
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
