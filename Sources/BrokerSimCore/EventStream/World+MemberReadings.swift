extension World {
    /// The partitions member `m` of group `g` holds in its current incarnation, ascending.
    ///
    /// A crashed member keeps its partitions until its session times out; a restarted one
    /// holds nothing until the next rebalance completes (it shows idle meanwhile).
    public func memberPartitions(_ g: Int, _ m: Int) -> [Int] { owned(g, m) }

    /// The member is in the group now: alive, joined and not removed.
    public func memberJoined(_ g: Int, _ m: Int) -> Bool {
        let s = stream.groups[g].members[m]
        return s.alive && s.joined && !s.retired
    }

    /// Removed by `max_poll_interval` while its slow batch still runs (its commit will be refused).
    public func memberRemovedMidBatch(_ g: Int, _ m: Int) -> Bool {
        let s = stream.groups[g].members[m]
        return s.evicted && s.batch != nil
    }
}
