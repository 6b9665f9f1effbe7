import BrokerSimConsole
import CNcursesw

extension TerminalSession {
    /// Shows `grid`: draws only the cells that differ from the last presented
    /// grid, then one `doupdate`. A grid of another size (after a resize) or an
    /// `invalidate()` repaints everything.
    public func present(_ grid: CellGrid) {
        let previous = shown?.size == grid.size ? shown : nil
        if previous == nil { clearok(bs_stdscr(), true) }
        let width = grid.width
        for (i, cell) in grid.cells.enumerated() {
            if let previous, previous.cells[i] == cell { continue }
            draw(cell, y: Int32(i / width), x: Int32(i % width))
        }
        wnoutrefresh(bs_stdscr())
        doupdate()
        shown = grid
    }

    /// Forgets what is on screen so the next `present` repaints it all (Ctrl-L,
    /// or after something else wrote to the terminal).
    public func invalidate() { shown = nil }

    private func draw(_ cell: Cell, y: Int32, x: Int32) {
        let s = cell.style
        let e = palette.emphasis(fg: s.fg, bg: s.bg)
        var attrs = bs_a_normal()
        if s.bold || e.bold { attrs |= bs_a_bold() }
        if s.reverse != e.reverse { attrs |= bs_a_reverse() }
        if e.dim { attrs |= bs_a_dim() }
        if e.underline { attrs |= bs_a_underline() }
        // Outside a UTF-8 locale ncurses cannot show non-ASCII text (scenario
        // titles, names): a '?' is better than a broken byte sequence.
        var scalar = cell.scalar.value
        if glyphs.isASCII && scalar > 0x7E { scalar = 0x3F }
        bs_put(y, x, scalar, attrs, pair(fg: s.fg, bg: s.bg))
    }

    /// The colour pair for a role combination, created on first use. Falls back
    /// to the default pair when the terminal runs out of pairs.
    private func pair(fg: Role, bg: Role) -> Int16 {
        if colorTier == .none { return 0 }
        let index = Int(fg.rawValue) * Role.allCases.count + Int(bg.rawValue)
        if pairs[index] != 0 { return pairs[index] }
        let f = palette.foreground(fg), b = palette.background(bg)
        if f == -1 && b == -1 { return 0 }
        guard Int32(nextPair) < bs_color_pairs(), init_pair(nextPair, Int16(f), Int16(b)) == bs_ok() else { return 0 }
        pairs[index] = nextPair
        nextPair += 1
        return pairs[index]
    }
}
