import BrokerSimConsole
import BrokerSimCore
import BrokerSimSnapshot

extension World {
    /// The world as a source-neutral read: what a poller of a real broker would see at this
    /// instant, by name. `readAt` is milliseconds of simulated time since t=0.
    ///
    /// Queues with their depth, totals and limits; each live worker as a consumer (its prefetch
    /// and what it holds unacked); the broker (or each node of a cluster) with memory against
    /// the watermark; blocked producers as blocked connections; topics with their partitions'
    /// offsets and the records appended; consumer groups with their committed offsets, owners
    /// and what they have not read. Lists come out sorted by name, as every snapshot's do.
    /// `.counters` reads only what the console's numbers need (see `SnapshotDetail`); `order`
    /// (the world's, kept by the caller) spares the sort.
    /// - Complexity: O(queues + workers + partitions × groups); `.counters` with `order`:
    ///   O(queues + topics + groups + partitions of the groups' topics).
    public func snapshot(source: String = "simulation", detail: SnapshotDetail = .full, order: SnapshotOrder? = nil) -> Snapshot {
        let order = order ?? SnapshotOrder(config)
        let full = detail == .full
        return Snapshot(source: source, readAt: now.micros / 1000, queues: order.queues.map { queueSnapshot($0, detail: detail) },
                        consumers: full ? consumerSnapshots() : [], nodes: full ? nodeSnapshots() : [],
                        connections: full ? blockedProducers() : [], topics: order.topics.map { topicSnapshot($0, detail: detail) },
                        groups: order.groups.map { groupSnapshot($0, detail: detail) })
    }

    /// Queue `q` now; `.counters` leaves out its consumers and limits.
    public func queueSnapshot(_ q: Int, detail: SnapshotDetail = .full) -> QueueSnapshot {
        let cfg = config.queues[q], s = queues[q], c = s.counters
        var out = QueueSnapshot(name: cfg.name, type: cfg.kind.rawValue, ready: s.readyCount, unacked: s.unacked,
                                published: c.published, delivered: c.delivered, acked: c.acked, redelivered: c.redelivered)
        guard detail == .full else { return out }
        switch cfg.deadLetter {
        case .queue(let t)?: out.deadLetterTarget = config.queues[t].name
        case .exchange(let e, let key)?:
            out.deadLetterTarget = key.isEmpty ? config.exchanges[e].name : "\(config.exchanges[e].name) → \(key)"
        case nil: break
        }
        out.consumers = workers.indices.filter { Int(workers[$0].queue) == q && workers[$0].alive && !workers[$0].retired }.count
        out.maxLength = cfg.maxLength
        out.deliveryLimit = cfg.deliveryLimit.map(Int64.init)
        return out
    }

    func consumerSnapshots() -> [ConsumerSnapshot] {
        pools.indices.flatMap { p in
            pools[p].compactMap { id -> ConsumerSnapshot? in
                let s = workers[Int(id)]
                guard s.alive && !s.retired else { return nil }
                let name = workerName(Int(id))
                return ConsumerSnapshot(name: name, tag: name, queue: config.queues[Int(s.queue)].name,
                                        prefetch: config.workers[p].prefetch, ackRequired: !s.autoAck, unacked: s.unacked,
                                        acked: s.processed)
            }
        }
    }

    func nodeSnapshots() -> [NodeSnapshot] {
        guard config.usesTaskQueue else { return [] }
        let b = config.broker
        let watermark = Int64(Double(b.memory) * b.highWatermark)
        guard !cluster.nodes.isEmpty else {
            return [NodeSnapshot(name: "rabbit@simulation", running: broker.up, memoryUsed: brokerMemory, memoryLimit: watermark,
                                 memoryAlarm: broker.alarm)]
        }
        // The model keeps one memory account for the whole cluster: each node shows it.
        return cluster.nodes.indices.map {
            NodeSnapshot(name: rabbitNodeName($0), running: cluster.nodes[$0].up, memoryUsed: brokerMemory,
                         memoryLimit: watermark, memoryAlarm: broker.alarm)
        }
    }

    func blockedProducers() -> [ConnectionSnapshot] {
        config.producers.indices.compactMap { p in
            producers[p].blockedSince == nil ? nil : ConnectionSnapshot(name: config.producers[p].name, state: "blocked")
        }
    }

    /// Topic `t` now; `.counters` leaves out its partitions.
    public func topicSnapshot(_ t: Int, detail: SnapshotDetail = .full) -> TopicSnapshot {
        let appended = stream.topics[t].appended
        guard detail == .full else { return TopicSnapshot(name: config.topics[t].name, partitions: [], appended: appended) }
        let replicated = config.topics[t].replication > 0
        return TopicSnapshot(name: config.topics[t].name, partitions: stream.topics[t].partitions.indices.map { p in
            let part = stream.topics[t].partitions[p]
            var leader: String?
            if replicated {
                let l = stream.replication.topics[t].partitions[p].leader
                leader = l >= 0 ? kafkaBrokerName(Int(l)) : nil
            }
            return PartitionSnapshot(logStart: part.logStart, logEnd: part.logEnd, leader: leader)
        }, appended: appended)
    }

    /// Group `g` now, with what it has not read and what the health rule reads per partition; a
    /// share group (no committed offsets) shows its members and state only. `.counters` leaves
    /// out state, members and partitions.
    func groupSnapshot(_ g: Int, detail: SnapshotDetail) -> GroupSnapshot {
        let cfg = config.groups[g]
        let topic = config.topics[cfg.topic].name
        let unread = groupUnread(g)
        guard detail == .full else { return GroupSnapshot(name: cfg.name, topic: topic, state: "", unread: unread) }
        guard cfg.share == nil else { return GroupSnapshot(name: cfg.name, topic: topic, state: "share", unread: unread) }
        let s = stream.groups[g]
        let members = s.members.indices.filter { s.members[$0].alive && !s.members[$0].retired }.map { memberName(g, $0) }
        // What the health rule reads, so a recording of this snapshot is judged as the model is.
        let health = healthReadings(g)
        let parts = s.partitions.indices.map { p in
            let part = s.partitions[p], r = health.partitions[p]
            return GroupPartitionSnapshot(committed: part.hasOffset ? part.committed : nil,
                                          member: part.owner >= 0 ? memberName(g, Int(part.owner)) : nil,
                                          unread: r.unread, capacity: r.capacity, arrivalRate: r.arrivals)
        }
        // The rule's word, or the state the console shows instead (waiting, rebalancing, stopped).
        let state = Frame.health(self, g, health.status).state
        return GroupSnapshot(name: cfg.name, topic: topic, state: state, members: members, partitions: parts,
                             unread: unread, maxPoll: health.maxPoll, readers: readingMembers(g))
    }
}
