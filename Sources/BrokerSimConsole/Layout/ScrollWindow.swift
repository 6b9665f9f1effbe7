/// Which entries of a long list fit a panel: a window of consecutive entries
/// starting at `first`, moved only as far as needed to show `keep` (the
/// selection's entry) whole. Heights are asked only for the entries looked at,
/// so the cost follows what is shown, not the length of the list.
public struct ScrollWindow: Equatable, Sendable {
    public var first: Int
    /// Entries shown, from `first`.
    public var count: Int
    public var total: Int

    public var hiddenAbove: Int { first }
    public var hiddenBelow: Int { total - first - count }

    /// - Parameters:
    ///   - total: entries in the list.
    ///   - rows: rows available for entries.
    ///   - start: where the window started last frame.
    ///   - keep: an entry that must be in view, if any.
    ///   - height: rows entry `i` takes (at least 1).
    public init(total: Int, rows: Int, start: Int, keep: Int?, height: (Int) -> Int) {
        self.total = total
        guard total > 0, rows > 0 else { first = 0; count = 0; return }
        var first = min(max(0, start), total - 1)
        if let k = keep, k >= 0, k < total {
            if k < first { first = k } else {
                // Move down just enough for `keep` to end on the last row.
                var used = 0
                var i = k
                while i >= first {
                    let h = height(i)
                    if used + h > rows { break }
                    used += h
                    i -= 1
                }
                if i >= first { first = i + 1 }
                first = min(first, k)
            }
        }
        // Fill from `first`; then, if the list ends early, pull earlier entries in.
        var used = 0
        var n = 0
        while first + n < total {
            let h = height(first + n)
            if used + h > rows { break }
            used += h
            n += 1
        }
        while first > 0 && first + n == total {
            let h = height(first - 1)
            if used + h > rows { break }
            used += h
            first -= 1
            n += 1
        }
        // An entry taller than the panel still shows (cut): never an empty window.
        self.first = first
        self.count = max(n, 1)
    }
}
