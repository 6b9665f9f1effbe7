extension Rect {
    /// Splits the rectangle into rows, top to bottom, by `extents`.
    ///
    /// Fixed parts are served first in order; the rest is shared by the fill
    /// parts by weight, the remainder cells going to the earliest fill parts so
    /// the result is the same every time.
    public func splitRows(_ extents: [Extent], gap: Int = 0) -> [Rect] {
        Rect.distribute(height, extents, gap: gap).map { Rect(x: x, y: y + $0.offset, width: width, height: $0.length) }
    }

    /// Splits the rectangle into columns, left to right, by `extents`.
    public func splitColumns(_ extents: [Extent], gap: Int = 0) -> [Rect] {
        Rect.distribute(width, extents, gap: gap).map { Rect(x: x + $0.offset, y: y, width: $0.length, height: height) }
    }

    static func distribute(_ total: Int, _ extents: [Extent], gap: Int) -> [(offset: Int, length: Int)] {
        guard !extents.isEmpty else { return [] }
        var remaining = max(0, total - gap * (extents.count - 1))
        var lengths = Array(repeating: 0, count: extents.count)
        // Fixed parts and the minimums of fill parts first, in order.
        for (i, e) in extents.enumerated() {
            let want: Int
            switch e {
            case .fixed(let n): want = n
            case .fill: want = 0
            case .fillAtLeast(let m, _): want = m
            }
            lengths[i] = min(max(0, want), remaining)
            remaining -= lengths[i]
        }
        let weights = extents.map { e -> Int in
            switch e {
            case .fixed: return 0
            case .fill(let w), .fillAtLeast(_, let w): return max(0, w)
            }
        }
        let totalWeight = weights.reduce(0, +)
        if totalWeight > 0 && remaining > 0 {
            var given = 0
            for i in lengths.indices where weights[i] > 0 {
                let share = remaining * weights[i] / totalWeight
                lengths[i] += share
                given += share
            }
            var left = remaining - given
            for i in lengths.indices where weights[i] > 0 && left > 0 {
                lengths[i] += 1
                left -= 1
            }
        }
        var out: [(offset: Int, length: Int)] = []
        var offset = 0
        for l in lengths {
            out.append((offset, l))
            offset += l + gap
        }
        return out
    }
}
