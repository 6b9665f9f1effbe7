extension World {
    /// The instants a group crosses its behind / caught-up thresholds in closed form (fetch lags
    /// move linearly between cuts): a group not behind falls behind when the sum of its fetch
    /// lags passes one poll per partition; a behind one catches up when every partition is within
    /// one poll. They are cuts of the closed form, so the stream itself decides when it is behind,
    /// not whichever task-queue event or console frame happens to come by. A margin of one record
    /// per partition keeps the whole-record lags over (or under) the line at the cut.
    /// Computed after flows, at the stream's own instants only: looks and reference-mode substeps
    /// keep the stored instants.
    /// - Returns: the earliest.
    mutating func lagThresholdCuts(_ u: Int, at cur: SimTime) -> SimTime {
        var cut = SimTime.never
        let groups = stream.units[u].groups
        for g32 in groups {
            let g = Int(g32)
            var at = SimTime.never
            if stream.groups[g].started && !stream.groups[g].stopped {
                let t = config.groups[g].topic, poll = Double(config.groups[g].maxPoll)
                let n = Double(stream.groups[g].partitions.count)
                if !stream.groups[g].behind {
                    var lag = 0.0, slope = 0.0
                    for p in stream.groups[g].partitions.indices {
                        lag += Double(fetchLag(g, p))
                        slope += stream.topics[t].partitions[p].rate - stream.groups[g].partitions[p].flow
                    }
                    let over = poll * n + n + 1 - lag
                    if slope > 1e-9 && over > 0 { at = cur + SimDuration(micros: max(1, saturating(over / slope * 1e6, .up))) }
                } else {
                    var latest = cur
                    for p in stream.groups[g].partitions.indices {
                        let lag = Double(fetchLag(g, p))
                        guard lag > poll else { continue }
                        let gap = stream.groups[g].partitions[p].flow - stream.topics[t].partitions[p].rate
                        guard gap > 1e-9 else { latest = .never; break }
                        latest = max(latest, cur + SimDuration(micros: max(1, saturating((lag - poll + 1) / gap * 1e6, .up))))
                    }
                    if latest > cur { at = latest }
                }
            }
            stream.groups[g].thresholdAt = at
            cut = min(cut, at)
        }
        return cut
    }

    /// The earliest stored threshold instant of unit `u`.
    func storedThresholdCut(_ u: Int) -> SimTime {
        stream.units[u].groups.reduce(SimTime.never) { min($0, stream.groups[Int($1)].thresholdAt) }
    }
}
