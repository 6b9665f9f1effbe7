extension JSONValue {
    /// Compact when `indent` is nil; otherwise one field per line.
    public func serialized(indent: Int? = 2) -> String {
        var out = ""
        write(into: &out, indent: indent, level: 0)
        return out
    }

    /// The same text as `serialized(indent:)`, handed to `sink` in pieces of about 64 KB, so a
    /// large report is never held whole as one string.
    public func serialized(indent: Int? = 2, to sink: (String) -> Void) {
        var out = ""
        write(into: &out, indent: indent, level: 0, flushAt: 1 << 16, sink: sink)
        sink(out)
    }

    func write(into out: inout String, indent: Int?, level: Int) {
        write(into: &out, indent: indent, level: level, flushAt: .max) { _ in }
    }

    func write(into out: inout String, indent: Int?, level: Int, flushAt: Int, sink: (String) -> Void) {
        if out.utf8.count >= flushAt {
            sink(out)
            out = ""
        }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += Self.format(d)
        case .string(let s): Self.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                item.write(into: &out, indent: indent, level: level + 1, flushAt: flushAt, sink: sink)
            }
            newline(&out, indent, level)
            out += "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (k, v)) in fields.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                Self.escape(k, into: &out)
                out += indent == nil ? ":" : ": "
                v.write(into: &out, indent: indent, level: level + 1, flushAt: flushAt, sink: sink)
            }
            newline(&out, indent, level)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        out += "\n" + String(repeating: " ", count: indent * level)
    }

    /// Integral values print without a fraction (`3.0` → `3.0`, kept as a float); no exponent
    /// for ordinary magnitudes.
    static func format(_ d: Double) -> String {
        if !d.isFinite { return "null" }
        if d == d.rounded() && abs(d) < 1e15 { return String(Int64(d)) + ".0" }
        let s = String(d)
        if s.contains("e") {
            // Swift prints 1e-06; write plain decimals instead.
            var scaled = d, digits = 0
            while scaled != scaled.rounded() && digits < 9 { scaled *= 10; digits += 1 }
            let neg = d < 0
            var body = String(Int64(abs(scaled).rounded()))
            while body.count <= digits { body = "0" + body }
            body.insert(".", at: body.index(body.endIndex, offsetBy: -digits))
            return (neg ? "-" : "") + body
        }
        return s
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
