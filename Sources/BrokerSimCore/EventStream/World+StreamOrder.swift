extension World {
    /// Records of a group processed out of publish order for their key (docs/ordering.md), or nil
    /// when no producer writes keys to its topic.
    ///
    /// A key always hashes to one partition, and a partition is read in offset order by one member
    /// at a time: a record is processed for the first time only when its partition's frontier
    /// reaches it (World+GroupAccounting), one after the other. Replays after a crash or a
    /// rebalance process again what was processed already; they are `duplicates`, never a first
    /// processing behind a newer record. So a keyed topic's group reports 0.
    public func groupOutOfOrder(_ g: Int) -> Int64? {
        let topic = config.groups[g].topic
        let keyed = config.producers.contains { p in
            if case .topic(let t) = p.target { return t == topic && p.key != .none }
            return false
        }
        return keyed ? 0 : nil
    }
}
