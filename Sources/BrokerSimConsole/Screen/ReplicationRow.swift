/// The replication line under a replicated topic's tapes: each partition's in-sync replicas
/// (and leader when there is room), the replication lag, and the brokers that are down.
struct ReplicationRow {
    let topic: TopicReading

    func render(into c: inout Canvas, in row: Rect) {
        let parts = topic.replicas
        guard !parts.isEmpty else { return }
        let offline = parts.filter { $0.leader == nil && $0.deadLeader == nil }.count
        let x = String(c.glyphs.crashed)
        func leader(_ r: ReplicaReading) -> String { r.leader ?? r.deadLeader.map { x + $0 } ?? "OFFLINE" }
        let under = parts.filter { $0.inSync < $0.replicas }.count
        let role: Role = offline > 0 || parts.contains { $0.leader == nil } ? .alarm : under > 0 ? .warn : .ok
        let lag = parts.map(\.lag).max() ?? 0
        let down = topic.brokersDown.map { " \(String(c.glyphs.crashed))\($0)" }.joined()
        let tail = "  behind \(CompactNumber.format(lag))" + down
        func each(_ f: (Int, ReplicaReading) -> String) -> String {
            "ISR " + parts.enumerated().map { f($0.offset, $0.element) }.joined(separator: "  ")
        }
        let candidates = [
            each { "p\($0) \(leader($1)) \($1.inSync)/\($1.replicas)" } + tail,
            each { "p\($0) \($1.leader == nil ? ($1.deadLeader == nil ? "OFF" : x) : "\($1.inSync)/\($1.replicas)")" } + tail,
            "ISR \(parts.map(\.inSync).min() ?? 0)/\(parts[0].replicas) min" + (offline > 0 ? "  \(offline) OFFLINE" : "") + tail,
            "ISR \(parts.map(\.inSync).min() ?? 0)/\(parts[0].replicas)" + (offline > 0 ? " \(offline) OFF" : ""),
        ]
        let text = candidates.first { $0.columns <= row.width } ?? candidates[candidates.count - 1]
        c.grid.write(text, in: row, style: Style(role), glyphs: c.glyphs)
    }
}
