/// The bottom line: a message when there is one, else the keys that matter
/// now (those acting on the selection first, once something is selected).
struct HintBar {
    let state: ConsoleState
    let frame: Frame

    func render(into c: inout Canvas, in row: Rect) {
        if let m = state.message {
            c.grid.write(m, in: row, style: Style(.accent, bold: true), glyphs: c.glyphs)
            return
        }
        let g = c.glyphs
        if state.filtering {
            let x = c.grid.write("/" + state.view.filter, x: row.x, y: row.y, style: Style(.accent, bold: true), clip: row)
            c.grid.write("_", x: x, y: row.y, style: Style(.accent, bold: true), clip: row)
            let rest = Rect(x: x + 3, y: row.y, width: max(0, row.maxX - x - 3), height: 1)
            KeyHintLine([KeyHint("Enter", "keep"), KeyHint("Esc", "clear"), KeyHint("Bksp", "erase")]).render(into: &c.grid, in: rest)
            return
        }
        if let prompt = state.prompts.first {
            var hints: [KeyHint]
            switch prompt {
            case .caption: hints = [KeyHint("any key", "continue")]
            case .question(let q) where !state.revealed:
                hints = [KeyHint("1-\(q.choices.count)", "answer"), KeyHint("Space", "show the answer")]
            case .question: hints = [KeyHint("Space Enter", "carry on")]
            }
            KeyHintLine(hints + [KeyHint("?", "help"), KeyHint("q", "quit")]).render(into: &c.grid, in: row)
            return
        }
        var hints: [KeyHint] = []
        var row = row
        if frame.finished && !state.score.isEmpty {
            let x = c.grid.write(state.score.line + "  ", x: row.x, y: row.y, style: Style(.accent, bold: true), clip: row)
            row = Rect(x: x, y: row.y, width: max(0, row.maxX - x), height: 1)
        }
        if let course = state.course, frame.finished {
            hints = [KeyHint("n Enter", course.isLast ? "end the course" : "next chapter")]
        }
        let can = state.capabilities
        if can.contains(.interventions), let sel = state.selection, let name = frame.name(of: sel) {
            if case .producer = sel {
                hints += [KeyHint("]", "\(name) rate x2"), KeyHint("[", "rate /2")]
            } else {
                hints += [KeyHint("c", "crash \(name)"), KeyHint("r", "restart"), KeyHint("s", "slow"),
                         KeyHint("] [", "scale")]
            }
        }
        hints += [
            // On FINISHED Space replays from 0: say so rather than "pause".
            can.contains(.pause) ? frame.finished ? KeyHint("Space", "replay") : KeyHint("Space", state.paused ? "run" : "pause") : nil,
            KeyHint("?", "help"),
            KeyHint("q", "quit"),
            KeyHint("i", "about"),
            can.contains(.seek) ? KeyHint("\(g.arrowLeft)\(g.arrowRight)", "seek") : nil,
            can.contains(.speed) ? KeyHint("+-", "speed") : nil,
            KeyHint("\(g.arrowUp)\(g.arrowDown)", "select"),
            can.contains(.step) ? KeyHint(".", "step") : nil,
            can.contains(.writeScenario) ? KeyHint("w", "write") : nil,
        ].compactMap { $0 }
        KeyHintLine(hints).render(into: &c.grid, in: row)
    }
}
