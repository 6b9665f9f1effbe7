import BrokerSimSnapshot

extension Frame {
    /// The stream side of a read: each topic with its partitions' offsets and each group's
    /// committed offset there, and each group with its lag, unread records, members, lag
    /// sparkline, badge and catch-up time. The badge and the time come from `GroupHealthRule`
    /// over the group's per-partition readings, as the simulation's own screen does; a source
    /// that gives no readings shows the state it reports (a group whose state the console has no
    /// word for is left out, as it was before sources gave readings). Topics read without their
    /// partitions are left out with their groups.
    static func streamReadings(_ h: SnapshotHistory, _ last: Snapshot) -> (topics: [TopicReading], groups: [GroupReading]) {
        let topics = last.topics.filter { !$0.partitions.isEmpty }
        var groups: [GroupReading] = [], shown: [GroupSnapshot] = []
        var members: [[Int]] = Array(repeating: [], count: topics.count)
        for g in last.groups {
            guard let t = topics.firstIndex(where: { $0.name == g.topic }), let reading = groupReading(h, g, topics[t]) else {
                continue
            }
            members[t].append(groups.count)
            groups.append(reading)
            shown.append(g)
        }
        let readings = topics.indices.map { t in
            let parts = topics[t].partitions.indices.map { p in
                PartitionReading(logStart: topics[t].partitions[p].logStart, logEnd: topics[t].partitions[p].logEnd,
                                 committed: members[t].map { p < shown[$0].partitions.count ? shown[$0].partitions[p].committed : nil })
            }
            return TopicReading(name: topics[t].name, partitions: parts, groups: members[t].map { groups[$0].name },
                                inRate: h.topicInRate(topics[t], at: last.readAt) ?? 0)
        }
        return (readings, groups)
    }

    /// Group `g` of `topic`, or nil when neither readings nor a known state judge its health.
    static func groupReading(_ h: SnapshotHistory, _ g: GroupSnapshot, _ topic: TopicSnapshot) -> GroupReading? {
        var health: GroupReading.Health, eta: Double?
        if let state = GroupReading.Health(state: g.state), state.isState {
            health = state
        } else if let rule = g.healthRule {
            let status = rule.status
            health = GroupReading.Health(status)
            eta = rule.catchUpSeconds(status)
        } else if let state = GroupReading.Health(state: g.state) {
            health = state
        } else {
            return nil
        }
        // As the simulation's line: a time only while recovering, and none when already there.
        if health != .recovering || eta == 0 { eta = nil }
        // A group not started has no bookmark yet: no lag, as the simulation's line says.
        let lag = health == .waiting ? 0 : g.lag(on: topic)
        let members = g.members.map { m in
            GroupReading.Member(name: m, alive: true, partitions: g.partitions.indices.filter { g.partitions[$0].member == m })
        }
        var reading = GroupReading(name: g.name, topic: topic.name, lag: lag, unread: g.unread ?? lag, health: health,
                                   catchUpSeconds: eta, lagHistory: h.lagSeries(g.name), members: members)
        reading.lagSecondsKnown = false
        reading.keepingUpLimit = (g.maxPoll ?? 0) * Int64(topic.partitions.count)
        return reading
    }
}
