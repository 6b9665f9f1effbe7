import BrokerSimCore

extension TextReport {
    /// Narration, notes and questions as a timestamped transcript, wrapped to
    /// 80 columns under their text so it reads like a script:
    ///
    ///     00:00:02.000  Q: Where does an unacked message go when its worker dies?
    ///                     1. Nowhere
    ///                     2. Back to the queue (the answer)
    ///                   Why: The broker requeues what was never ACKed.
    static func transcript(_ entries: [TranscriptEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        var out = "\ntranscript\n"
        for e in entries {
            let stamp = "  \(clock(e.at))  "
            let indent = String(repeating: " ", count: stamp.count)
            let text = (e.kind == .ask ? "Q: " : e.kind == .note ? "(note) " : "") + e.text
            out += wrap(text, first: stamp, rest: indent)
            for (i, c) in e.choices.enumerated() {
                out += wrap("\(i + 1). \(c)\(e.answer == i ? " (the answer)" : "")", first: indent + "  ", rest: indent + "     ")
            }
            if let why = e.why { out += wrap("Why: " + why, first: indent, rest: indent) }
        }
        return out
    }

    /// `text` broken at spaces into lines of at most `width` columns, the first
    /// after `first`, the others after `rest`.
    static func wrap(_ text: String, first: String, rest: String, width: Int = 80) -> String {
        var out = ""
        var line = first
        var empty = true
        for word in text.split(separator: " ") {
            if !empty && line.count + 1 + word.count > width {
                out += line + "\n"
                line = rest
                empty = true
            }
            line += (empty ? "" : " ") + word
            empty = false
        }
        return out + line + "\n"
    }
}
