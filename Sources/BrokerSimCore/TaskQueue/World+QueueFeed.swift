extension World {
    /// Plain-words feed lines for what a queue does, each said once (or at milestones) so that
    /// a busy queue does not drown the feed.
    mutating func noteReject(_ q: Int, requeued: Bool) {
        let name = config.queues[q].name
        let n = queues[q].counters.rejected
        if !queues[q].said.contains(.firstReject) {
            queues[q].said.insert(.firstReject)
            let whereTo = !requeued ? (config.queues[q].deadLetter == nil ? "discarded" : "dead-lettered")
                : queueParams[q].quorum ? "requeued at the tail (quorum)" : "requeued at the head (classic)"
            log(.warning, "\(name): a worker rejected a message; \(whereTo)")
        } else if n >= queues[q].nextRejectMilestone {
            queues[q].nextRejectMilestone *= 10
            log(.warning, "\(name): \(groupedCount(n)) rejections so far\(requeued ? ": a poison message is looping" : "")")
        }
    }

    mutating func noteExpired(_ q: Int, _ n: Int64) {
        guard !queues[q].said.contains(.firstExpiry) else { return }
        queues[q].said.insert(.firstExpiry)
        let target = config.queues[q].deadLetter == nil ? "discarded" : "dead-lettered"
        log(.warning, "\(config.queues[q].name): \(groupedCount(n)) \(plural(n, "message")) expired at the head (TTL), \(target)")
    }

    mutating func noteDropped(_ q: Int) {
        guard !queues[q].said.contains(.firstDrop) else { return }
        queues[q].said.insert(.firstDrop)
        log(.bad, "\(config.queues[q].name) is full: the oldest messages are dropped (drop-head)")
    }
}

/// `374,943`: counts in feed lines, with thousands separators as on the rest of the screen.
func groupedCount(_ n: Int64) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return n < 0 ? "-" + out : out
}
