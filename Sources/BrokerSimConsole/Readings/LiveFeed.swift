import BrokerSimUnits
import BrokerSimSnapshot

/// The event feed of a real broker, told from what changed between consecutive reads:
/// consumers that came and went, alarms raised and cleared, connections blocked, and reads
/// that fail. Derived from the history alone, so a recording seeked back tells the same.
enum LiveFeed {
    static func lines(_ h: SnapshotHistory, now: Int64, status: ReadStatus?) -> [FeedLine] {
        var out: [FeedLine] = []
        let s = h.snapshots
        if let first = s.first {
            out.append(FeedLine(time: clock(first.readAt), text: "first read: \(first.queues.count) queue\(first.queues.count == 1 ? "" : "s"), \(first.consumers.count) consumer\(first.consumers.count == 1 ? "" : "s"), \(first.nodes.count) node\(first.nodes.count == 1 ? "" : "s")"))
        }
        // The usual gap between reads, to tell a gap that means the broker did not answer.
        let usual = zip(s, s.dropFirst()).map { $1.readAt - $0.readAt }.filter { $0 > 0 }.min() ?? 0
        for (a, b) in zip(s, s.dropFirst()) { out += changes(from: a, to: b, usualGap: usual) }
        if let status, let text = status.staleText(now: now) {
            out.append(FeedLine(time: clock(now), text: text, role: .alarm))
        }
        return Array(out.suffix(Frame.feedLines))
    }

    static func changes(from a: Snapshot, to b: Snapshot, usualGap: Int64) -> [FeedLine] {
        var out: [FeedLine] = []
        let t = clock(b.readAt)
        let before = Set(a.consumers.map(\.key)), after = Set(b.consumers.map(\.key))
        for c in a.consumers where !after.contains(c.key) {
            out.append(c.unacked > 0
                ? FeedLine(time: t, text: "\(c.name) on \(c.queue) gone holding \(c.unacked) unacked: the broker requeues them, marked redelivered", role: .warn)
                : FeedLine(time: t, text: "\(c.name) stopped consuming from \(c.queue)"))
        }
        for c in b.consumers where !before.contains(c.key) {
            out.append(FeedLine(time: t, text: "\(c.name) consumes from \(c.queue), prefetch \(c.prefetch == 0 ? "unlimited" : String(c.prefetch))"))
        }
        for n in b.nodes {
            let was = a.nodes.first { $0.name == n.name }
            if n.memoryAlarm && was?.memoryAlarm == false {
                out.append(FeedLine(time: t, text: "memory alarm on \(n.name): \(formatBytes(n.memoryUsed)) used, above the watermark \(formatBytes(n.memoryLimit)); publishers are blocked", role: .alarm))
            }
            if !n.memoryAlarm && was?.memoryAlarm == true {
                out.append(FeedLine(time: t, text: "memory alarm on \(n.name) cleared: publishers may publish again", role: .ok))
            }
            if n.diskAlarm && was?.diskAlarm == false {
                out.append(FeedLine(time: t, text: "disk alarm on \(n.name): free disk below its limit; publishers are blocked", role: .alarm))
            }
        }
        let wasBlocked = Set(a.blockedConnections.map(\.name))
        for c in b.blockedConnections where !wasBlocked.contains(c.name) {
            out.append(FeedLine(time: t, text: "\(c.name) blocked: it published during an alarm", role: .alarm))
        }
        if b.readAt - a.readAt > 2 * usualGap + 1_000 {
            out.append(FeedLine(time: t, text: "read again after \((b.readAt - a.readAt) / 1000) s without an answer", role: .ok))
        }
        return out
    }

    /// `18:42:05`: the time of day of a read, UTC.
    static func clock(_ millis: Int64) -> String {
        let s = (millis / 1000) % 86_400
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))"
    }
}
