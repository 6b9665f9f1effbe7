/// One row under a compacted topic's tapes: what the cleaner removed and how dirty the log is,
/// the longest wording that fits.
struct CompactionRow {
    let reading: CompactionReading

    func render(into c: inout Canvas, in row: Rect) {
        let r = reading
        let dirty = "dirty \(Int((r.dirtyRatio * 100).rounded()))%"
        let compacted = "compacted \(CompactNumber.format(r.compacted))"
        let candidates = [
            "\(compacted)  \(dirty) (cleans at \(Int((r.threshold * 100).rounded()))%)  \(CompactNumber.format(r.records)) on log"
                + (r.tombstones > 0 ? "  \(CompactNumber.format(r.tombstones)) tombstones" : ""),
            "\(compacted)  \(dirty)  \(CompactNumber.format(r.records)) on log",
            "\(compacted)  \(dirty)",
            "cmp \(CompactNumber.format(r.compacted)) \(dirty)",
        ]
        let text = candidates.first { $0.columns <= row.width } ?? candidates[candidates.count - 1]
        c.grid.write(text, in: row, style: r.dirtyRatio >= r.threshold ? .warn : .dim, glyphs: c.glyphs)
    }
}
