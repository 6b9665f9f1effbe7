extension World {
    /// An unclean leader holds the log only up to `end`: everything above goes, and the partition
    /// reuses those offsets. A group past the new end has processed records the log forgot: its
    /// position and bookmark come back to the end (Kafka's offset-out-of-range reset lands there
    /// for `latest`; for `earliest` too, as nothing older was lost) and what it had processed
    /// above counts as `truncated`, so the accounting identity still holds.
    /// - Returns: records cut off.
    @discardableResult
    mutating func truncate(_ t: Int, _ p: Int, to end: Int64) -> Int64 {
        let part = stream.topics[t].partitions[p]
        let newEnd = max(part.logStart, min(end, part.logEnd))
        let cut = part.logEnd - newEnd
        guard cut > 0 else { return 0 }
        stream.topics[t].partitions[p].truncate(to: newEnd)
        stream.replication.topics[t].lostUnclean += cut
        stream.topics[t].eventAppends &+= 1
        for g in config.groups.indices where config.groups[g].topic == t && stream.groups[g].started {
            let gp = stream.groups[g].partitions[p]
            guard gp.hasOffset else { continue }
            // A batch in flight keeps only the records still on the log.
            for m in stream.groups[g].members.indices {
                guard var b = stream.groups[g].members[m].batch, Int(b.partition) == p, b.from + b.clean > newEnd else { continue }
                b.from = min(b.from, newEnd)
                b.clean = newEnd - b.from
                b.failing = false
                stream.groups[g].members[m].batch = b
            }
            let f = stream.groups[g].partitions[p].frontier
            if f > newEnd {
                stream.replication.groupTruncated[g] += f - newEnd
                stream.groups[g].partitions[p].frontier = newEnd
            }
            if stream.groups[g].partitions[p].position > newEnd { stream.groups[g].partitions[p].position = newEnd }
            if stream.groups[g].partitions[p].committed > newEnd { stream.groups[g].partitions[p].committed = newEnd }
            stream.groups[g].partitions[p].carry = 0
        }
        return cut
    }
}
