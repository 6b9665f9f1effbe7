import BrokerSimConsole
import BrokerSimCore
import BrokerSimSnapshot

extension Frame {
    /// The stream side of a world: topics with a tape reading per partition,
    /// and groups with lag, health and members, in declaration order.
    static func streamReadings(_ w: World, _ h: History) -> (topics: [TopicReading], groups: [GroupReading]) {
        let cfg = w.config
        var groups: [GroupReading] = []
        for g in cfg.groups.indices {
            groups.append(cfg.groups[g].share != nil ? shareGroupReading(w, h, g) : groupReading(w, h, g))
        }
        var topics: [TopicReading] = []
        for t in cfg.topics.indices {
            let mine = cfg.groups.indices.filter { cfg.groups[$0].topic == t }
            let parts = w.stream.topics[t].partitions.indices.map { p -> PartitionReading in
                let part = w.stream.topics[t].partitions[p]
                let committed = mine.map { g -> Int64? in
                    guard cfg.groups[g].share == nil else { return nil }
                    return w.stream.groups[g].partitions[p].hasOffset ? w.stream.groups[g].partitions[p].committed : nil
                }
                let n = part.segments.count
                let cuts = n > 1 && n - 1 <= PartitionReading.maxBoundaries ? part.segments.dropFirst().map(\.base) : []
                var reading = PartitionReading(logStart: part.logStart, logEnd: part.logEnd, committed: committed,
                                               segmentBoundaries: cuts)
                reading.shareWindows = mine.map { g in Self.shareWindow(w, g, p) }
                if !w.stream.compaction.isEmpty, !w.stream.compaction[t].isEmpty { reading.cleanedTo = w.stream.compaction[t][p].cleanEnd }
                return reading
            }
            var reading = TopicReading(name: cfg.topics[t].name, partitions: parts, groups: mine.map { cfg.groups[$0].name },
                                       inRate: h.topicInRate(w, t))
            if cfg.topics[t].replication > 0 { (reading.replicas, reading.brokersDown) = replicaReadings(w, t) }
            reading.compaction = compactionReading(w, t)
            topics.append(reading)
        }
        return (topics, groups)
    }

    static func groupReading(_ w: World, _ h: History, _ g: Int) -> GroupReading {
        let cfg = w.config.groups[g]
        let s = w.stream.groups[g]
        // One read of what the rule judges, for the badge and the catch-up time alike.
        let rule = w.healthReadings(g), status = rule.status
        let health = Self.health(w, g, status)
        // Records below the log start are gone: counted as lost when the group
        // reads again, shown as soon as retention deleted them.
        var gone: Int64 = 0
        if s.started {
            for p in s.partitions.indices where s.partitions[p].hasOffset {
                gone += max(0, w.stream.topics[cfg.topic].partitions[p].logStart - s.partitions[p].committed)
            }
        }
        var eta = rule.catchUpSeconds(status)
        if health != .recovering || eta == 0 { eta = nil }
        var members: [GroupReading.Member] = []
        for m in s.members.indices where !s.members[m].retired {
            // A crashed member still holds its partitions until its session times out.
            let held = s.members[m].alive ? w.memberPartitions(g, m)
                : s.partitions.indices.filter { s.partitions[$0].owner == Int32(m) }
            members.append(GroupReading.Member(name: w.memberName(g, m), alive: s.members[m].alive,
                                               slow: s.members[m].slowFactor > 1, partitions: held,
                                               removed: w.memberRemovedMidBatch(g, m)))
        }
        let c = s.counters
        var reading = GroupReading(name: cfg.name, topic: w.config.topics[cfg.topic].name, lag: s.started ? w.groupLag(g) : 0, unread: w.groupUnread(g),
                            lagSeconds: s.started ? w.lagSeconds(g) : 0, health: health, catchUpSeconds: eta,
                            lost: c.lostToRetention + gone, duplicates: c.duplicates, failed: c.failed, skipped: c.skipped,
                            lagHistory: h.readings.lagSeries(cfg.name), members: members)
        reading.keepingUpLimit = Int64(cfg.maxPoll * s.partitions.count)
        return reading
    }

    /// `status` (the health rule's, over the unread records the line shows), except that a
    /// group not started yet is `waiting` (not down), one stopped by `from: none` says so, and
    /// one whose members are all between assignments is `rebalancing`.
    static func health(_ w: World, _ g: Int, _ status: GroupStatus) -> GroupReading.Health {
        let s = w.stream.groups[g]
        if s.stopped { return .stopped }
        if !s.started { return .waiting }
        let alive = s.members.contains { $0.alive && !$0.retired }
        // Eager assignors pause every partition; cooperative-sticky only the moving ones, so
        // the numbers speak for it unless nothing is assigned yet (the group forming).
        let paused = w.config.groups[g].assignor != .cooperativeSticky || s.partitions.allSatisfy { $0.owner < 0 }
        if alive && s.rebalanceUntil != nil && paused { return .rebalancing }
        return GroupReading.Health(status)
    }
}

extension Frame {
    static func replicaReadings(_ w: World, _ t: Int) -> ([ReplicaReading], [String]) {
        let r = w.stream.replication
        let parts = r.topics[t].partitions.indices.map { p in
            let rs = r.topics[t].partitions[p]
            var reading = ReplicaReading(leader: rs.leader >= 0 ? w.kafkaBrokerName(Int(rs.leader)) : nil, inSync: rs.isrCount,
                                  replicas: rs.replicas.count, lag: w.replicationLag(t, p))
            if rs.leader < 0 && !rs.offline && rs.lostLeader >= 0 { reading.deadLeader = w.kafkaBrokerName(Int(rs.lostLeader)) }
            return reading
        }
        return (parts, r.brokers.indices.filter { !r.brokers[$0].up }.map { w.kafkaBrokerName($0) })
    }

    /// A producer to a replicated topic shows what NotEnoughReplicas refused and what leaders' losses took;
    /// one with confirms to a clustered broker what unavailable queues nacked.
    static func addReplicationLosses(_ reading: inout ProducerReading, _ w: World, _ p: Int) {
        if !w.cluster.nodes.isEmpty, w.config.producers[p].confirm { reading.showsLosses = true }
        guard case .topic(let t) = w.config.producers[p].target, w.config.topics[t].replication > 0 else { return }
        reading.showsLosses = true
        reading.refused = w.producers[p].refused
        reading.lost = w.stream.replication.producerLost[p]
    }
}

extension Frame {
    static func queueCluster(_ w: World, _ q: Int) -> QueueClusterReading? {
        guard !w.cluster.queues.isEmpty else { return nil }
        let c = w.cluster.queues[q]
        let state: QueueClusterReading.State = switch c.availability {
        case .up: .up
        case .electing: .electing
        case .down: .unavailable
        }
        return QueueClusterReading(quorum: w.config.queues[q].kind == .quorum, node: w.rabbitNodeName(Int(c.leader)),
                                   replicasUp: c.replicas.count(where: { w.cluster.nodes[Int($0)].up }), replicas: c.replicas.count,
                                   state: state)
    }
}

extension Frame {
    static func queueTape(_ w: World, _ q: Int) -> QueueTapeReading? {
        guard let s = w.streamQueueIndex(q) else { return nil }
        let log = w.streamQueues.streams[s].log
        var consumers: [QueueTapeReading.Consumer] = []
        for id in w.workers.indices where Int(w.workers[id].queue) == q && id < w.streamQueues.consumers.count {
            let c = w.streamQueues.consumers[id]
            guard w.workers[id].alive, !w.workers[id].retired, c.active, c.position >= 0 else { continue }
            consumers.append(.init(offset: c.position, number: Int(w.workers[id].number)))
        }
        let n = log.segments.count
        let cuts = n > 1 && n - 1 <= PartitionReading.maxBoundaries ? log.segments.dropFirst().map(\.base) : []
        return QueueTapeReading(logStart: log.logStart, logEnd: log.logEnd, segmentBoundaries: cuts, consumers: consumers,
                                deleted: w.streamQueues.streams[s].deletedByRetention, read: w.queues[q].counters.delivered)
    }
}

extension Frame {
    static func compactionReading(_ w: World, _ t: Int) -> CompactionReading? {
        guard let ratio = w.dirtyRatio(t) else { return nil }
        let records = w.stream.topics[t].partitions.indices.reduce(0) { $0 + w.recordsOnLog(t, $1) }
        return CompactionReading(dirtyRatio: ratio, threshold: w.config.topics[t].cleanup.minDirtyRatio,
                                 compacted: w.compacted(t), records: records, tombstones: w.tombstonesOnLog(t))
    }
}
