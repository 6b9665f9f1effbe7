import BrokerSimCore

extension Frame {
    /// The stream side of a world: topics with a tape reading per partition,
    /// and groups with lag, health and members, in declaration order.
    static func streamReadings(_ w: World, _ h: History) -> (topics: [TopicReading], groups: [GroupReading]) {
        let cfg = w.config
        var groups: [GroupReading] = []
        for g in cfg.groups.indices {
            groups.append(groupReading(w, h, g))
        }
        var topics: [TopicReading] = []
        for t in cfg.topics.indices {
            let mine = cfg.groups.indices.filter { cfg.groups[$0].topic == t }
            let parts = w.stream.topics[t].partitions.indices.map { p -> PartitionReading in
                let part = w.stream.topics[t].partitions[p]
                let committed = mine.map { g -> Int64? in
                    w.stream.groups[g].started ? w.stream.groups[g].partitions[p].committed : nil
                }
                return PartitionReading(logStart: part.logStart, logEnd: part.logEnd, committed: committed)
            }
            topics.append(TopicReading(name: cfg.topics[t].name, partitions: parts, groups: mine,
                                       inRate: h.rate(h.series(h.topicAppended, t))))
        }
        return (topics, groups)
    }

    static func groupReading(_ w: World, _ h: History, _ g: Int) -> GroupReading {
        let cfg = w.config.groups[g]
        let s = w.stream.groups[g]
        let health = Self.health(w, g)
        // Records below the log start are gone: counted as lost when the group
        // reads again, shown as soon as retention deleted them.
        var gone: Int64 = 0
        if s.started {
            for p in s.partitions.indices {
                gone += max(0, w.stream.topics[cfg.topic].partitions[p].logStart - s.partitions[p].committed)
            }
        }
        var eta = w.catchUpETA(g)
        if health == .keepingUp || health == .waiting || eta == 0 { eta = nil }
        var members: [GroupReading.Member] = []
        for m in s.members.indices where !s.members[m].retired {
            // A crashed member still holds its partitions until its session times out.
            let held = s.members[m].alive ? w.memberPartitions(g, m)
                : s.partitions.indices.filter { s.partitions[$0].owner == Int32(m) }
            members.append(GroupReading.Member(name: w.memberName(g, m), alive: s.members[m].alive,
                                               slow: s.members[m].slowFactor > 1, partitions: held))
        }
        return GroupReading(name: cfg.name, topic: cfg.topic, lag: s.started ? w.groupLag(g) : 0,
                            lagSeconds: s.started ? w.lagSeconds(g) : 0, health: health, catchUpSeconds: eta,
                            lost: s.counters.lostToRetention + gone, lagHistory: h.recent(h.series(h.groupLag, g)),
                            members: members)
    }

    /// The model's status, except that a group not started yet is `waiting`
    /// (not down), and one whose members are between assignments is `rebalancing`.
    static func health(_ w: World, _ g: Int) -> GroupReading.Health {
        let s = w.stream.groups[g]
        if !s.started && !s.stopped { return .waiting }
        switch w.groupStatus(g) {
        case .keepingUp: return .keepingUp
        case .fallingBehind: return .fallingBehind
        case .recovering: return .recovering
        case .down:
            let alive = s.members.contains { $0.alive && !$0.retired }
            return !s.stopped && alive && s.rebalanceUntil != nil ? .rebalancing : .down
        }
    }
}
