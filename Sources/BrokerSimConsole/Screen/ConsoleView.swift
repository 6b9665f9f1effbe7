/// The whole console screen for one state and the frames of its runs: header,
/// one pane per run (a lone run fills the screen; variants side by side from
/// 160 columns, stacked below), what holds the console (a held caption, a
/// question) across the bottom, and the key hints; the help over it on `?`.
///
/// Pure: the same state, frames, size and glyphs always give the same grid.
public enum ConsoleView {
    /// The width from which variants are shown side by side rather than stacked.
    public static let sideBySideFrom = 160
    /// Rows the panes keep under a question or a revealed answer.
    static let panelsAtLeast = 7

    public static func render(state: ConsoleState, frame: Frame, size: GridSize, glyphs: GlyphSet) -> RenderedScreen {
        render(state: state, frames: [frame], size: size, glyphs: glyphs)
    }

    /// - Parameter frames: one per run, in variant order; more than one names each pane by its `variant`.
    public static func render(state: ConsoleState, frames: [Frame], size: GridSize, glyphs: GlyphSet) -> RenderedScreen {
        var c = Canvas(size: size, glyphs: glyphs, selection: state.selection)
        c.view = state.view
        c.scroll = state.scroll
        guard size.fits(.minimum), let lead = frames.first else {
            SizeWarning().render(into: &c.grid, glyphs: glyphs)
            return RenderedScreen(grid: c.grid, hitAreas: [])
        }
        let header = Self.headerFrame(frames)
        let available = size.height - 2
        let prompt = state.prompts.first.map { PromptBox(prompt: $0, pick: state.pick, revealed: state.revealed) }
        // The box shrinks before the panels do: they keep `panelsAtLeast` rows, enough for a
        // queue's name, bar, totals and workers (or a topic's tape and a group) under a question.
        let promptHeight = prompt.map { min($0.height(width: size.width, glyphs: glyphs), available - Self.panelsAtLeast) } ?? 0
        let rows = c.grid.bounds.splitRows([.fixed(1), .fill(1), .fixed(promptHeight), .fixed(1)])
        HeaderBar(state: state, frame: header).render(into: &c, in: rows[0])
        if frames.count == 1 {
            PaneView(frame: lead, showCaption: prompt == nil && state.narration).render(into: &c, in: rows[1])
        } else {
            let extents = Array(repeating: Extent.fill(1), count: frames.count)
            let panes = size.width >= sideBySideFrom ? rows[1].splitColumns(extents, gap: 1) : rows[1].splitRows(extents)
            for (i, (f, rect)) in zip(frames, panes).enumerated() {
                c.pane = i
                PaneView(frame: f, name: f.variant ?? "-", showCaption: prompt == nil && state.narration).render(into: &c, in: rect)
            }
        }
        prompt?.render(into: &c, in: rows[2])
        HintBar(state: state, frame: header).render(into: &c, in: rows[3])
        if state.showHelp {
            let note = frames.first { $0.broker != nil }?.broker?.checkNote.map { "the memory alarm is \($0)" }
            HelpOverlay(keyMap: KeyMap.standard.limited(to: state.capabilities), note: note).render(into: &c.grid, glyphs: glyphs)
        }
        if state.showInfo { InfoOverlay(title: lead.title, about: lead.about).render(into: &c.grid, glyphs: glyphs) }
        return RenderedScreen(grid: c.grid, hitAreas: state.showHelp || state.showInfo ? [] : c.hits, scroll: c.scroll)
    }

    /// What the header shows for several runs on one clock: the latest clock,
    /// finished only when every run is, no single variant.
    static func headerFrame(_ frames: [Frame]) -> Frame {
        guard frames.count > 1 else { return frames[0] }
        var f = frames[0]
        f.variant = nil
        f.now = frames.map(\.now).max() ?? f.now
        f.finished = frames.allSatisfy(\.finished)
        f.variants = frames.count
        f.measuredBeside = frames.contains { $0.live != nil } && frames.contains { $0.live == nil }
        return f
    }
}
