/// The line a quiz ends with, in the console and in the headless transcript:
/// `Score: 6 of 8; review chapters 3 and 6`.
public enum ScoreLine {
    /// - Parameter review: the chapters behind the wrong answers (repeats and order do not matter).
    public static func text(right: Int, of total: Int, review: [Int]) -> String {
        var s = "Score: \(right) of \(total)"
        let chapters = Array(Set(review)).sorted()
        if right == total {
            s += "; all right"
        } else if !chapters.isEmpty {
            s += "; review chapter\(chapters.count == 1 ? "" : "s") " + list(chapters.map(String.init))
        }
        return s
    }

    /// `3`, `3 and 6`, `2, 3 and 6`.
    public static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
