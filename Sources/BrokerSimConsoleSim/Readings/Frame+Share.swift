import BrokerSimConsole
import BrokerSimCore

extension Frame {
    /// A share group as the stream panel shows it: its lag (records not yet done), a status from
    /// what is still to acquire, and each member with the records locked to it.
    static func shareGroupReading(_ w: World, _ h: History, _ g: Int) -> GroupReading {
        let cfg = w.config.groups[g]
        let topic = w.config.topics[cfg.topic].name
        guard let s = w.shareGroup(g) else { return GroupReading(name: cfg.name, topic: topic) }
        let parts = w.stream.topics[cfg.topic].partitions
        var unacquired: Int64 = 0, arrival = 0.0
        for p in s.partitions.indices {
            unacquired += parts[p].logEnd - s.partitions[p].next
            arrival += parts[p].rate
        }
        let live = s.members.filter { $0.alive && !$0.retired }
        let capacity = cfg.work.mean > 0
            ? live.reduce(0.0) { $0 + 1e6 / (cfg.work.mean * $1.slowFactor) } : .infinity
        let limit = Int64(cfg.maxPoll * s.partitions.count)
        let health: GroupReading.Health = !s.started ? .waiting : live.isEmpty ? .down
            : unacquired <= limit ? .keepingUp : capacity < arrival ? .fallingBehind : .recovering
        var members: [GroupReading.Member] = []
        for m in s.members.indices where !s.members[m].retired {
            var member = GroupReading.Member(name: w.memberName(g, m), alive: s.members[m].alive,
                                             slow: s.members[m].slowFactor > 1, partitions: [])
            member.inFlight = s.members[m].inFlight
            members.append(member)
        }
        // How far behind in time: the age of the oldest record not yet done.
        var lagSeconds = 0.0
        for p in s.partitions.indices where s.partitions[p].spso < parts[p].logEnd {
            if let t = parts[p].timestamp(of: s.partitions[p].spso) { lagSeconds = max(lagSeconds, (w.now - t).seconds) }
        }
        var reading = GroupReading(name: cfg.name, topic: topic, lag: w.shareLag(g), unread: unacquired,
                                   lagSeconds: lagSeconds, health: health, members: members)
        reading.keepingUpLimit = limit
        if s.started { reading.accepted = s.counters.accepted }
        reading.redelivered = s.counters.redelivered
        return reading
    }

    /// A share group's in-flight window on partition `p`, or nil for a consumer group.
    static func shareWindow(_ w: World, _ g: Int, _ p: Int) -> Range<Int64>? {
        guard let s = w.shareGroup(g), s.started else { return nil }
        let sp = s.partitions[p]
        return sp.spso..<max(sp.spso, sp.next)
    }
}
