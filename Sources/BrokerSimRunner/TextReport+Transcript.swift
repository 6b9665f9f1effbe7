import BrokerSimCore

extension TextReport {
    /// Narration, notes and questions as a timestamped transcript, wrapped to
    /// 80 columns under their text so it reads like a script:
    ///
    ///     00:00:02.000  Q: Where does an unacked message go when its worker dies?
    ///                     1. Nowhere
    ///                     2. Back to the queue (the answer)
    ///                   Why: The broker requeues what was never ACKed.
    ///
    /// With `answers` (the user's picks, 1-based, in question order; 0 or
    /// missing for none) each pick is marked and the transcript ends with the
    /// score; without, with how to get one.
    static func transcript(_ entries: [TranscriptEntry], answers: [Int]? = nil) -> String {
        guard !entries.isEmpty else { return "" }
        var out = "\ntranscript\n"
        var asked = 0, right = 0
        var review: [Int] = []
        for e in entries {
            let stamp = "  \(clock(e.at))  "
            let indent = String(repeating: " ", count: stamp.count)
            let text = (e.kind == .ask ? "Q: " : e.kind == .note ? "(note) " : "") + e.text
            out += wrap(text, first: stamp, rest: indent)
            var pick: Int?
            if e.kind == .ask, let answers {
                pick = asked < answers.count && answers[asked] > 0 ? answers[asked] - 1 : nil
                if pick == e.answer { right += 1 } else if let r = e.review { review.append(r) }
            }
            if e.kind == .ask { asked += 1 }
            for (i, c) in e.choices.enumerated() {
                let marks = (e.answer == i ? " (the answer)" : "") + (pick == i ? " (your answer)" : "")
                out += wrap("\(i + 1). \(c)\(marks)", first: indent + "  ", rest: indent + "     ")
            }
            if let why = e.why { out += wrap("Why: " + why, first: indent, rest: indent) }
            if e.kind == .ask, let r = e.review { out += wrap("Review: chapter \(r)", first: indent, rest: indent) }
        }
        guard asked > 0 else { return out }
        if answers != nil {
            out += "\n" + wrap(ScoreLine.text(right: right, of: asked, review: review), first: "  ", rest: "  ")
        } else {
            out += "\n" + wrap("\(asked) question\(asked == 1 ? "" : "s"): for a score, answer in the console, or here with --answers (one choice per question, in order, 0 for none)", first: "  ", rest: "  ")
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
