extension World {
    /// Records not yet done for a share group: Σ (log end − share-partition start offset), the
    /// share-partition lag Kafka reports.
    public func shareLag(_ g: Int) -> Int64 {
        guard isShareGroup(g) else { return 0 }
        let s = stream.shareGroups[g]
        let t = config.groups[g].topic
        return s.partitions.indices.reduce(Int64(0)) { $0 + stream.topics[t].partitions[$1].logEnd - s.partitions[$1].spso }
    }

    /// The identity of docs/share-groups.md: every record the group took from the log is accepted,
    /// rejected, archived, in flight, or released and waiting: Σ (next − base) = those.
    func shareInvariantFailure() -> String? {
        for g in stream.shareGroups.indices {
            guard isShareGroup(g) else { continue }
            let s = stream.shareGroups[g]
            let c = s.counters
            let taken = s.partitions.reduce(Int64(0)) { $0 + $1.next - $1.base }
            let waiting = s.partitions.reduce(Int64(0)) { $0 + $1.available }
            let accounted = c.accepted + c.rejected + c.archived + s.inFlight + waiting
            if taken != accounted {
                return "\(config.groups[g].name): taken \(taken) != accepted \(c.accepted) + rejected \(c.rejected) + "
                    + "archived \(c.archived) + in flight \(s.inFlight) + released \(waiting)"
            }
        }
        return nil
    }
}
