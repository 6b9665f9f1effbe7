extension Partition {
    /// Cuts the log back to `end` (an unclean leader election): segments above go, the active one
    /// shrinks, marks and poison above go.
    mutating func truncate(to end: Int64) {
        guard end < logEnd else { return }
        while let s = segments.last, s.base >= end, segments.count > 1 {
            segments.removeLast()
            bytes -= s.bytes
        }
        if var s = segments.last, s.end > end {
            let keep = max(0, end - s.base)
            let b = s.count > 0 ? Int64((Double(s.bytes) * Double(keep) / Double(s.count)).rounded()) : 0
            bytes -= s.bytes - b
            s.bytes = b
            s.count = keep
            segments[segments.count - 1] = s
        }
        logEnd = end
        while timeIndex.count > 1, let m = timeIndex.last, m.offset >= end { timeIndex.removeLast() }
        while let x = poison.last, x >= end { poison.removeLast() }
    }
}
