import BrokerSimCore

extension Lowerer {
    /// Keys only a share group takes, and consumer-group keys a share group refuses.
    static let shareOnlyKeys = ["share", "record_lock", "delivery_limit", "max_record_locks", "dead_letter", "fetch_wait"]
    static let consumerOnlyKeys = ["commit", "assignor", "session_timeout", "max_poll_interval", "rebalance_time", "retries"]

    /// Whether the group's fields declare a share group (`share: true`).
    mutating func isShare(_ f: Fields) -> Bool {
        guard f.has("share") else { return false }
        return value(f, "share", Units.bool) ?? false
    }

    /// A share group's settings (docs/share-groups.md), or a consumer group's refusal of them.
    mutating func lowerShare(_ f: Fields, into g: inout GroupConfig, name: String) {
        guard isShare(f) else {
            for key in Self.shareOnlyKeys where key != "share" && key != "dead_letter" && f.has(key) {
                error(f.keyNode(key)!, "'\(key)' applies only to a share group (share: true); group '\(name)' is a consumer group")
            }
            if let v = choice(f, "on_fail", StreamFailAction.self, [.retry, .skip]) { g.onFail = v }
            if let node = f["dead_letter"], let t = resolve(node, "dead_letter", kinds: [.topic]) {
                if t.index == g.topic { error(node, "a group's dead-letter topic must not be the topic it reads") } else { g.deadLetter = t.index }
            }
            return
        }
        for key in Self.consumerOnlyKeys where f.has(key) {
            error(f.keyNode(key)!, "'\(key)' does not apply to a share group: its members share every partition and acknowledge record by record")
        }
        var s = ShareSettings()
        if let v = positiveDuration(f, "record_lock") { s.recordLock = v }
        if let v = count(f, "delivery_limit", atLeast: 2, atMost: 10, "deliveries") { s.deliveryLimit = Int32(v) }
        if let v = count(f, "max_record_locks", atLeast: 100, atMost: 10_000, "records") { s.maxRecordLocks = v }
        if let node = f["dead_letter"], let t = resolve(node, "dead_letter", kinds: [.topic]) {
            if t.index == g.topic { error(node, "a share group's dead-letter topic must not be the topic it reads") } else { s.deadLetter = t.index }
        }
        if let v = positiveDuration(f, "fetch_wait") { s.fetchWait = v }
        if let v = choice(f, "on_fail", ShareFailAction.self, [.release, .reject]) { s.onFail = v }
        if g.from == .none, let node = f["from"] {
            error(node, "a share group starts at 'earliest' or 'latest' (share.auto.offset.reset); 'none' does not apply")
        }
        g.share = s
    }
}
