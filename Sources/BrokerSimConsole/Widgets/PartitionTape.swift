/// A partition's log as a horizontal tape, from the retention edge (log start)
/// on the left to the log end on the right, with a letter per consumer group at
/// its committed offset.
///
/// Lag is the visible distance from a letter to the right end. A group whose
/// offset is below the log start lost data to retention: its letter is replaced
/// by the lost glyph on the left end, in the alarm style, so it cannot be
/// mistaken for a group that is merely far behind.
///
/// Layout: column 0 is the start cap (or the lost glyph), the last column the
/// end cap, and the columns between map offsets [logStart, logEnd] linearly,
/// a group at the log end sitting on the last of them.
public struct PartitionTape: Sendable {
    public var logStart: Int64
    public var logEnd: Int64
    /// Markers in a fixed order (declaration order of the groups); when two share
    /// a column the crowd glyph is shown instead of either letter.
    public var markers: [TapeMarker]
    /// First offsets of segments after the oldest: drawn as ticks when they fit apart.
    public var segmentBoundaries: [Int64]
    public var bodyStyle: Style
    /// Share groups' in-flight windows, drawn under the markers.
    public var bands: [TapeBand] = []
    /// A compacted log's cleaner checkpoint: the body below it is dotted (one record per key, gaps between).
    public var cleanedTo: Int64?

    public init(logStart: Int64, logEnd: Int64, markers: [TapeMarker], segmentBoundaries: [Int64] = [],
                bodyStyle: Style = .dim, bands: [TapeBand] = [], cleanedTo: Int64? = nil) {
        self.bands = bands
        self.cleanedTo = cleanedTo
        self.logStart = logStart
        self.logEnd = max(logStart, logEnd)
        self.markers = markers
        self.segmentBoundaries = segmentBoundaries
        self.bodyStyle = bodyStyle
    }

    /// The body column (0-based, among `inner` columns) of an offset in the log.
    static func column(of offset: Int64, start: Int64, end: Int64, inner: Int) -> Int {
        guard inner > 1, end > start else { return inner - 1 }
        let clamped = min(max(offset, start), end)
        let frac = Double(clamped - start) / Double(end - start)
        return min(inner - 1, Int((frac * Double(inner - 1)).rounded()))
    }

    public func render(into grid: inout CellGrid, in rect: Rect, glyphs g: GlyphSet) {
        guard rect.width >= 3, rect.height > 0 else { return }
        let inner = rect.width - 2
        let y = rect.y
        let lost = markers.contains { $0.offset < logStart }
        grid[rect.x, y] = lost ? Cell(g.tapeLost, style: .alarm.bolded) : Cell(g.tapeStart, style: bodyStyle)
        grid[rect.maxX - 1, y] = Cell(g.tapeEnd, style: bodyStyle)
        for i in 0..<inner { grid[rect.x + 1 + i, y] = Cell(g.tapeBody, style: bodyStyle) }
        if let clean = cleanedTo, clean > logStart, logEnd > logStart {
            // Columns wholly below the checkpoint: a dotted body, the compacted part.
            let last = PartitionTape.column(of: clean, start: logStart, end: logEnd, inner: inner)
            for i in 0..<last { grid[rect.x + 1 + i, y] = Cell(g.barEmpty, style: bodyStyle) }
        }
        // Segment ends, when at most one in three columns is a tick (otherwise a solid fence).
        let cuts = segmentBoundaries.filter { $0 > logStart && $0 < logEnd }
        if !cuts.isEmpty && cuts.count * 3 <= inner {
            for o in cuts {
                grid[rect.x + 1 + PartitionTape.column(of: o, start: logStart, end: logEnd, inner: inner), y] =
                    Cell(g.tapeSegment, style: bodyStyle)
            }
        }
        for b in bands where b.end > b.start || b.start < logEnd {
            let from = PartitionTape.column(of: b.start, start: logStart, end: logEnd, inner: inner)
            let to = PartitionTape.column(of: max(b.start, b.end), start: logStart, end: logEnd, inner: inner)
            for c in from...max(from, to) { grid[rect.x + 1 + c, y] = Cell(g.barSecondary, style: b.style) }
        }
        var occupant = Array(repeating: -1, count: inner)   // marker index, or -2 when crowded
        for (k, m) in markers.enumerated() where m.offset >= logStart {
            let c = PartitionTape.column(of: m.offset, start: logStart, end: logEnd, inner: inner)
            occupant[c] = occupant[c] == -1 ? k : -2
        }
        for c in 0..<inner where occupant[c] != -1 {
            let cell = occupant[c] == -2
                ? Cell(g.tapeCrowd, style: Style(.accent, bold: true))
                : Cell(markers[occupant[c]].label, style: markers[occupant[c]].style)
            grid[rect.x + 1 + c, y] = cell
        }
    }
}
