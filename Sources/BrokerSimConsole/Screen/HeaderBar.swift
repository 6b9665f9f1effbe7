/// The top line: the scenario's title on the left; seed, variant, the clock,
/// the speed and RUNNING / PAUSED / FINISHED on the right.
struct HeaderBar {
    let state: ConsoleState
    let frame: Frame

    var phase: Badge {
        if let live = frame.live {
            switch live.phase {
            case .live: return Badge("LIVE", role: .ok)
            case .stale: return Badge("STALE", role: .alarm)
            case .replay: return state.paused ? Badge("PAUSED", role: .warn) : Badge("REPLAY", role: .accent)
            }
        }
        if case .question? = state.prompts.first { return Badge("QUESTION", role: .warn) }
        if state.holding { return Badge("WAITING", role: .warn) }
        if frame.finished { return Badge("FINISHED", role: .accent) }
        return state.paused ? Badge("PAUSED", role: .warn) : Badge("RUNNING", role: .ok)
    }

    /// The title gets at least this many columns (or all it needs) before the right side
    /// keeps its less useful parts: a title cut to `A …` says nothing.
    static let titleAtLeast = 24

    /// The right side, longest first: then without the seed, then with a short course
    /// mark and the variant's bare name, then without the variant.
    func rightSides(times: String) -> [String] {
        if let live = frame.live {
            let speed = live.phase == .replay ? "  \(state.speed.label(times: times))" : ""
            guard case .stale(let why) = live.phase else { return [live.clock + speed + " "] }
            return ["\(why)  \(live.clock) ", "\(live.clock) "]
        }
        let clock = "\(ClockText.clock(frame.now))  \(state.speed.label(times: times)) "
        var variant = ""
        if let v = frame.variant { variant = "variant \(v)  " }
        if frame.variants > 1 { variant = panes }
        let course = state.course.map { "\($0.label)  " } ?? ""
        let short = state.course.map { "ch \($0.chapter)/\($0.of)  " } ?? ""
        let bare = frame.variant.map { "\($0)  " } ?? (frame.variants > 1 ? panes : "")
        return [course + "seed \(frame.seed)  " + variant + clock, course + variant + clock,
                short + bare + clock, short + clock]
    }

    /// What several panes on one clock are: variants of the scenario, or its simulation beside
    /// the broker it drives.
    var panes: String { frame.measuredBeside ? "simulated vs measured  " : "\(frame.variants) variants  " }

    func render(into c: inout Canvas, in row: Rect) {
        let bar = Style(.plain, bg: .header)
        c.grid.fill(row, with: Cell(" ", style: bar))
        let badge = phase
        let brand = " brokersim "
        let want = min(frame.title.columns, Self.titleAtLeast)
        let options = rightSides(times: c.glyphs.times)
        let right = options.first { row.width - brand.columns - 2 - $0.columns - badge.width >= want } ?? options[options.count - 1]
        let rightWidth = right.columns + badge.width
        let badgeX = row.maxX - badge.width
        badge.render(into: &c.grid, x: badgeX, y: row.y, clip: row)
        c.grid.write(right, x: badgeX - right.columns, y: row.y, style: Style(.plain, bg: .header, bold: true), clip: row)
        let x = c.grid.write(brand, x: row.x, y: row.y, style: Style(.accent, bg: .header, bold: true), clip: row)
        let titleRect = Rect(x: x + 1, y: row.y, width: row.maxX - rightWidth - x - 2, height: 1)
        c.grid.write(frame.title, in: titleRect, style: bar, glyphs: c.glyphs)
    }
}
