/// A width×height buffer of cells: what the view draws and the terminal presents.
///
/// The console is pure: it turns state into a `CellGrid`, tests read it as text
/// through `lines`, and only the terminal turns it into ncurses calls.
/// Writes outside the grid are clipped silently.
public struct CellGrid: Hashable, Sendable {
    public private(set) var size: GridSize
    public private(set) var cells: [Cell]
    /// What ends text cut at a clip's edge (`…`, `~` in ASCII): the canvas sets its glyph set's.
    public var ellipsis: Unicode.Scalar = "…"

    public init(width: Int, height: Int, fill: Cell = .blank) {
        size = GridSize(width: width, height: height)
        cells = Array(repeating: fill, count: size.width * size.height)
    }

    public init(size: GridSize, fill: Cell = .blank) { self.init(width: size.width, height: size.height, fill: fill) }

    public var width: Int { size.width }
    public var height: Int { size.height }
    public var bounds: Rect { Rect(size) }

    /// The cell at column `x`, row `y`; reading outside gives a blank cell and
    /// writing outside does nothing.
    public subscript(x: Int, y: Int) -> Cell {
        get { bounds.contains(x: x, y: y) ? cells[y * size.width + x] : .blank }
        set { if bounds.contains(x: x, y: y) { cells[y * size.width + x] = newValue } }
    }

    /// Sets every cell of `rect` (clipped to the grid).
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(bounds)
        for y in r.y..<r.maxY {
            let base = y * size.width
            for x in r.x..<r.maxX { cells[base + x] = cell }
        }
    }

    /// Restyles every cell of `rect`, keeping the characters (a selection highlight).
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        let r = rect.intersection(bounds)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { transform(&cells[y * size.width + x].style) }
        }
    }

    /// Each row as text with trailing spaces removed: what a user reads, for tests.
    public var lines: [String] {
        (0..<size.height).map { y in
            var s = String.UnicodeScalarView()
            for x in 0..<size.width { s.append(cells[y * size.width + x].scalar) }
            var line = String(s)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// All rows joined by newlines.
    public var text: String { lines.joined(separator: "\n") }
}
