extension StreamPanel {
    /// A group's members on one row: by name when they fit, else by number (`●3 p2`); when even
    /// that is too long, as many as fit and `+2 more` (the selected member always among them).
    func renderMembers(_ group: GroupReading, into c: inout Canvas, row mr: Rect) {
        let g = c.glyphs
        let full = group.members.reduce(0) { $0 + 4 + $1.name.columns + memberState($1).columns }
        let short = full > mr.width
        let shown = Self.shownMembers(group.members.map { 1 + Self.number($0).columns + 1 + memberState($0).columns + 2 },
                                      width: mr.width, selected: selectedMember(c.selection, group: group))
        var mx = mr.x
        for (i, m) in group.members.enumerated() where shown[i] {
            let idle = m.inFlight.map { $0 == 0 } ?? m.partitions.isEmpty
            let glyph = !m.alive ? g.crashed : m.slow || m.removed ? g.slow : idle ? g.idle : g.busy
            let role: Role = !m.alive ? .alarm : m.slow || m.removed ? .warn : idle ? .dim : .ok
            let start = mx
            mx = c.grid.write(String(glyph) + (short ? "" : " "), x: mx, y: mr.y, style: Style(role), clip: mr)
            mx = c.grid.write((short ? Self.number(m) : m.name) + " ", x: mx, y: mr.y, style: .plain, clip: mr)
            mx = c.grid.write(memberState(m), x: mx, y: mr.y, style: Style(m.alive ? .dim : .alarm), clip: mr)
            c.mark(Rect(x: start, y: mr.y, width: max(0, min(mx, mr.maxX) - start), height: 1), as: .member(group: group.name, name: m.name))
            mx += 2
        }
        let hidden = shown.filter { !$0 }.count
        if hidden > 0 { c.grid.write("+\(hidden) more", x: mx, y: mr.y, style: .dim, clip: mr) }
    }

    /// Which members the row shows, given each one's width by number (gap included): all when
    /// they fit, else the selected one and, in order, as many others as leave room for `+N more`.
    static func shownMembers(_ widths: [Int], width: Int, selected: Int?) -> [Bool] {
        guard widths.reduce(0, +) - 2 > width else { return widths.map { _ in true } }
        var shown = widths.map { _ in false }
        var used = 0
        if let s = selected, widths.indices.contains(s) { shown[s] = true; used = widths[s] }
        for i in widths.indices where !shown[i] {
            let left = shown.filter { !$0 }.count - 1
            let more = left > 0 ? "+\(left) more".columns : 0
            guard used + widths[i] + more <= width else { break }
            shown[i] = true
            used += widths[i]
        }
        return shown
    }

    func selectedMember(_ s: Selectable?, group: GroupReading) -> Int? {
        if case .member(group.name, let m)? = s { return group.members.firstIndex { $0.name == m } }
        return nil
    }

    /// `3` for `billing-3`.
    static func number(_ m: GroupReading.Member) -> String { String(m.name.split(separator: "-").last ?? "") }

    /// `p0,p1`; `idle` for a member holding nothing (more members than
    /// partitions, or restarted and waiting for the next rebalance); a crashed
    /// member still holds its partitions until its session times out.
    func memberState(_ m: GroupReading.Member) -> String {
        if let n = m.inFlight {
            let holds = "holds \(CompactNumber.format(n))"
            if !m.alive { return n == 0 ? "crashed" : "crashed, " + holds }
            return n == 0 ? "idle" : holds
        }
        let held = m.partitions.map { "p\($0)" }.joined(separator: ",")
        if !m.alive { return m.partitions.isEmpty ? "crashed" : "crashed, holds \(held)" }
        if m.removed { return "removed, still sending its batch" }
        return m.partitions.isEmpty ? "idle" : held
    }
}
