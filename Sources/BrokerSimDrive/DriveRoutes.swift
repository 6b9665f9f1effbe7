import BrokerSimCore

/// Which queues a producer's messages land in, as the broker routes them: the queue itself, or
/// the queues bound to its exchange whose binding matches the routing key (direct: equal;
/// fanout: all; topic: `*` one word, `#` zero or more). The driver counts a confirmed message
/// as published to each of them.
enum DriveRoutes {
    static func queues(of p: Int, _ c: WorldConfig) -> [Int] {
        switch c.producers[p].target {
        case .queue(let q): return [q]
        case .exchange(let e, let key): return queues(exchange: e, key: key, c)
        default: return []
        }
    }

    /// Where a queue's dead letters go: the target queue, or the queues its exchange routes the
    /// scenario's key to (the simulation's routing of a dead letter).
    static func deadLetterQueues(of q: Int, _ c: WorldConfig) -> [Int] {
        switch c.queues[q].deadLetter {
        case .queue(let t): return [t]
        case .exchange(let e, let key): return queues(exchange: e, key: key, c)
        case nil: return []
        }
    }

    static func queues(exchange e: Int, key: String, _ c: WorldConfig) -> [Int] {
        let x = c.exchanges[e]
        var out: [Int] = []
        for b in x.bindings where !out.contains(b.queue) {
            switch x.kind {
            case .fanout: out.append(b.queue)
            case .direct: if b.key == key { out.append(b.queue) }
            case .topic: if topicMatches(b.key.split(separator: ".", omittingEmptySubsequences: false)[...],
                                         key.split(separator: ".", omittingEmptySubsequences: false)[...]) { out.append(b.queue) }
            }
        }
        return out
    }

    static func topicMatches(_ pattern: ArraySlice<Substring>, _ words: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return words.isEmpty }
        if head == "#" {
            var rest = words
            while true {
                if topicMatches(pattern.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let w = words.first, head == "*" || head == w else { return false }
        return topicMatches(pattern.dropFirst(), words.dropFirst())
    }
}
