extension Expectation {
    /// The check in words, for screens and the text report: the file's `label:`, else
    /// one made from the path and the operator (`queues.emails.acked == 10000` reads
    /// `emails: acked = 10,000`), so no reader has to parse report paths.
    public var wording: String { label ?? Self.wording(of: text) }

    /// `topics.clicks.partitions.0.log_end < 5k` → `clicks p0: log end below 5k`. Operators
    /// become words (ASCII only, so the ASCII console shows them too); a plain whole number
    /// gets thousands separators; a value with a unit stays as written.
    public static func wording(of text: String) -> String {
        guard let (pathText, op, valueText) = Lowerer.splitComparison(text) else { return text }
        let path = pathText.split(separator: ".").map(String.init)
        guard let field = path.last else { return text }
        let subject: String
        switch path.count {
        case 1: subject = field == "simulated_seconds" ? "simulated time" : field.replacingOccurrences("_", " ")
        case 2: subject = "\(path[0]): \(field.replacingOccurrences("_", " "))"
        default:
            var who = path[1]
            if path.count == 5, path[2] == "partitions" { who += " p\(path[3])" }
            subject = "\(who): \(field.replacingOccurrences("_", " "))"
        }
        if valueText == "null" { return subject + (op == .eq ? ": none" : ": has a value") }
        let value = valueText.allSatisfy(\.isNumber) ? Self.grouped(valueText) : valueText
        let word: String
        switch op {
        case .eq: word = "="
        case .ne: word = "is not"
        case .lt: word = "below"
        case .le: word = "at most"
        case .gt: word = "above"
        case .ge: word = "at least"
        }
        return "\(subject) \(word) \(value)"
    }

    /// `10000` → `10,000`.
    static func grouped(_ digits: String) -> String {
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}

extension String {
    fileprivate func replacingOccurrences(_ a: Character, _ b: Character) -> String {
        String(map { $0 == a ? b : $0 })
    }
}
