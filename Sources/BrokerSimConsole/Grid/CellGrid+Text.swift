extension CellGrid {
    /// Writes `text` left to right from (`x`, `y`), one column per scalar, and
    /// returns the column after the last one written.
    ///
    /// Nothing is written outside `clip` (default: the whole grid), so a widget
    /// cannot spill into its neighbour. Control characters become spaces. Text cut
    /// at the right edge ends with `ellipsis` in the last column, also when the cut
    /// piece starts right at the edge (it continues a row drawn in pieces): a row
    /// that lost words must not read as complete. Cut blanks are not text.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        var col = x
        guard y >= area.y, y < area.maxY else { return x + text.unicodeScalars.count }
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            if col >= area.maxX {
                if x <= area.maxX, area.width > 0, scalars[i...].contains(where: { $0 != " " }) {
                    self[area.maxX - 1, y] = Cell(ellipsis, style: style)
                }
                break
            }
            if col >= area.x {
                let shown: Unicode.Scalar = scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar
                self[col, y] = Cell(shown, style: style)
            }
            col += 1
            i = scalars.index(after: i)
        }
        return col
    }

    /// Writes `text` into the first row of `rect`, cut to its width with an
    /// ellipsis when too long; returns the column after the text.
    @discardableResult
    public mutating func write(_ text: String, in rect: Rect, style: Style = .plain, glyphs: GlyphSet = .unicode) -> Int {
        guard rect.height > 0, rect.width > 0 else { return rect.x }
        let fitted = text.fitted(to: rect.width, ellipsis: glyphs.ellipsis)
        return write(fitted, x: rect.x, y: rect.y, style: style, clip: rect)
    }

    /// Writes `text` so that it ends at the right edge of the first row of `rect`.
    @discardableResult
    public mutating func writeRight(_ text: String, in rect: Rect, style: Style = .plain) -> Int {
        let n = text.unicodeScalars.count
        return write(text, x: rect.maxX - n, y: rect.y, style: style, clip: rect)
    }
}

extension String {
    /// The text cut to `width` columns, its last column replaced by `ellipsis`
    /// when something was cut.
    public func fitted(to width: Int, ellipsis: Unicode.Scalar = "…") -> String {
        let scalars = unicodeScalars
        if scalars.count <= width { return self }
        if width <= 0 { return "" }
        var out = String.UnicodeScalarView(scalars.prefix(width - 1))
        out.append(ellipsis)
        return String(out)
    }

    /// Columns this text takes in a `CellGrid` (one per scalar).
    public var columns: Int { unicodeScalars.count }

    /// The text padded with spaces (or cut) to exactly `width` columns, left aligned.
    public func padded(to width: Int) -> String {
        let n = columns
        if n >= width { return fitted(to: width) }
        return self + String(repeating: " ", count: width - n)
    }

    /// The text right aligned in `width` columns (cut when longer).
    public func leftPadded(to width: Int) -> String {
        let n = columns
        if n >= width { return fitted(to: width) }
        return String(repeating: " ", count: width - n) + self
    }
}
