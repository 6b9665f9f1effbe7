/// The log cleaner of compacted topics (docs/compaction.md): set-up, cleaning passes at the
/// topic's checks, and what readers and retention see of a compacted log.
extension World {
    /// Key classes per partition of every compacted topic, from its producers' key spaces and rates.
    mutating func setUpCompaction() {
        guard config.topics.contains(where: { $0.cleanup.policy.compacts }) else { return }
        stream.compacting = true
        stream.compaction = config.topics.indices.map { t in
            let tc = config.topics[t]
            guard tc.cleanup.policy.compacts else { return [] }
            var classes = Array(repeating: [PartitionCompaction.KeyClass](), count: tc.partitions)
            var tombstones = Array(repeating: 0.0, count: tc.partitions)
            let mine = config.producers.indices.filter { config.producers[$0].target == .topic(t) }
            // Weights by the producers' steady rates; producers that only send backlogs or bursts
            // count as equals when no one has a rate.
            let anyRate = mine.contains { producers[$0].rate > 0 }
            for i in mine {
                let weight = anyRate ? producers[i].rate : 1
                for (p, c) in Self.keyClasses(config.producers[i].key, partitions: tc.partitions).enumerated() {
                    for k in c where k.keys > 0 && k.share > 0 {
                        classes[p].append(.init(keys: k.keys, weight: weight * k.share, logR: 0))
                        tombstones[p] += weight * k.share * config.producers[i].tombstones
                    }
                }
            }
            return classes.indices.map { p in
                let total = classes[p].reduce(0) { $0 + $1.weight }
                let normal = classes[p].map { c -> PartitionCompaction.KeyClass in
                    let w = total > 0 ? c.weight / total : 0
                    return .init(keys: c.keys, weight: w, logR: mathLog1p(-w / c.keys))
                }
                return PartitionCompaction(classes: normal, tombstoneShare: total > 0 ? tombstones[p] / total : 0)
            }
        }
    }

    /// Per partition, the key classes of one producer: (distinct keys there, share of the
    /// producer's records). `users(N)`: one class; `hot`: its hot and its cold keys.
    static func keyClasses(_ keys: KeySpace, partitions n: Int) -> [[(keys: Double, share: Double)]] {
        func spread(_ lo: Int64, _ hi: Int64) -> [Double] {
            let c = KeyShares.keyCounts(lo, hi, n), sampled = c.reduce(0, +)
            return sampled > 0 ? c.map { $0 * Double(hi - lo) / sampled } : c
        }
        switch keys {
        case .none:
            return Array(repeating: [], count: n)
        case .users(let count):
            let k = spread(0, max(1, count)), s = k.reduce(0, +)
            return k.map { [($0, $0 / s)] }
        case .hot(let count, let keyShare, let trafficShare):
            let total = max(1, count)
            let hotN = min(total, max(1, Int64((Double(total) * keyShare).rounded(.up))))
            let h = spread(0, hotN), c = spread(hotN, total)
            let hs = h.reduce(0, +), cs = c.reduce(0, +)
            let hotShare = cs > 0 ? trafficShare : 1
            return (0..<n).map { p in
                [(h[p], hs > 0 ? hotShare * h[p] / hs : 0), (c[p], cs > 0 ? (1 - hotShare) * c[p] / cs : 0)]
            }
        }
    }

    /// The cleaner's look at a compacted topic (at each retention check, after retention): every
    /// partition whose dirty ratio reached `min_cleanable_dirty_ratio` is cleaned up to its active segment.
    mutating func cleanerPass(_ t: Int) {
        guard stream.compacting, !stream.compaction[t].isEmpty else { return }
        let tc = config.topics[t]
        var removed: Int64 = 0
        var ratio = 0.0
        let hadHorizon = stream.compaction[t].contains { $0.tombstoneHorizon > 0 }
        for p in stream.compaction[t].indices {
            let part = stream.topics[t].partitions[p]
            guard let active = part.segments.last else { continue }
            let r = stream.compaction[t][p].dirtyRatio(logStart: part.logStart, activeBase: active.base)
            guard r >= tc.cleanup.minDirtyRatio, r > 0 else { continue }
            ratio = max(ratio, r)
            removed += stream.compaction[t][p].clean(logStart: part.logStart, activeBase: active.base, now: now,
                                                     deleteRetention: tc.cleanup.deleteRetention)
        }
        guard removed > 0 else { return }
        if !hadHorizon, stream.compaction[t].contains(where: { $0.tombstoneHorizon > 0 && $0.tombstoneShare > 0 }) {
            log(.info, "the cleaner removed \(tc.name)'s first tombstones (delete_retention \(tc.cleanup.deleteRetention) "
                + "passed since it reached them): those keys are gone from the log")
        }
        if stream.compaction[t].reduce(0, { $0 + $1.removed }) == removed {
            log(.info, "the cleaner compacted \(tc.name) for the first time (dirty ratio \(Int((ratio * 100).rounded()))%): "
                + "\(short(removed)) superseded \(plural(removed, "record")) removed, offsets kept")
        }
    }

    /// Offsets in [a, b) of a compacted partition that hold no record (0 on other topics).
    func compactionGaps(_ t: Int, _ p: Int, from a: Int64, to b: Int64) -> Int64 {
        guard stream.compacting, b > a, !stream.compaction[t].isEmpty else { return 0 }
        return (b - a) - stream.compaction[t][p].records(from: a, to: b)
    }

    /// A group read [a, b): the gaps it passed over count apart (its offsets and lag stay Kafka's).
    mutating func noteCompactionGaps(_ g: Int, _ p: Int, from a: Int64, to b: Int64) {
        stream.groups[g].counters.compactionGaps += compactionGaps(config.groups[g].topic, p, from: a, to: b)
    }

    /// Records on partition `p` now: what a reader from the log start reads.
    public func recordsOnLog(_ t: Int, _ p: Int) -> Int64 {
        let part = stream.topics[t].partitions[p]
        return part.logEnd - part.logStart - compactionGaps(t, p, from: part.logStart, to: part.logEnd)
    }

    /// The topic's highest partition dirty ratio (the partition the cleaner takes next), or nil
    /// when the topic is not compacted.
    public func dirtyRatio(_ t: Int) -> Double? {
        guard stream.compacting, !stream.compaction[t].isEmpty else { return nil }
        return stream.compaction[t].indices.reduce(0.0) { m, p in
            let part = stream.topics[t].partitions[p]
            guard let active = part.segments.last else { return m }
            return max(m, stream.compaction[t][p].dirtyRatio(logStart: part.logStart, activeBase: active.base))
        }
    }

    /// Records compaction removed from the topic.
    public func compacted(_ t: Int) -> Int64 {
        guard stream.compacting else { return 0 }
        return stream.compaction[t].reduce(0) { $0 + $1.removed }
    }

    /// Tombstones on the topic's log now.
    public func tombstonesOnLog(_ t: Int) -> Int64 {
        guard stream.compacting, !stream.compaction[t].isEmpty else { return 0 }
        return stream.compaction[t].indices.reduce(0) { n, p in
            let part = stream.topics[t].partitions[p]
            return n + stream.compaction[t][p].tombstones(from: part.logStart, to: part.logEnd)
        }
    }
}
