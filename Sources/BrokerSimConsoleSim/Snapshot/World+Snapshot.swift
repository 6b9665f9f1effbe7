import BrokerSimCore
import BrokerSimSnapshot

extension World {
    /// The world as a source-neutral read: what a poller of a real broker would see at this
    /// instant, by name. `readAt` is milliseconds of simulated time since t=0.
    ///
    /// Queues with their depth, totals and limits; each live worker as a consumer (its prefetch
    /// and what it holds unacked); the broker (or each node of a cluster) with memory against
    /// the watermark; blocked producers as blocked connections; topics with their partitions'
    /// offsets; consumer groups with their committed offsets and owners. Lists come out sorted
    /// by name, as every snapshot's do.
    /// - Complexity: O(queues + workers + partitions × groups).
    public func snapshot(source: String = "simulation") -> Snapshot {
        Snapshot(source: source, readAt: now.micros / 1000, queues: queueSnapshots(), consumers: consumerSnapshots(),
                 nodes: nodeSnapshots(), connections: blockedProducers(), topics: topicSnapshots(), groups: groupSnapshots())
    }

    func queueSnapshots() -> [QueueSnapshot] {
        config.queues.indices.map { q in
            let cfg = config.queues[q], s = queues[q], c = s.counters
            var dead: String?
            switch cfg.deadLetter {
            case .queue(let t)?: dead = config.queues[t].name
            case .exchange(let e, let key)?: dead = key.isEmpty ? config.exchanges[e].name : "\(config.exchanges[e].name) → \(key)"
            case nil: dead = nil
            }
            let live = workers.indices.filter { Int(workers[$0].queue) == q && workers[$0].alive && !workers[$0].retired }.count
            return QueueSnapshot(name: cfg.name, type: cfg.kind.rawValue, ready: s.readyCount, unacked: s.unacked, consumers: live,
                                 maxLength: cfg.maxLength, deadLetterTarget: dead, deliveryLimit: cfg.deliveryLimit.map(Int64.init),
                                 published: c.published, delivered: c.delivered, acked: c.acked, redelivered: c.redelivered)
        }
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

    func topicSnapshots() -> [TopicSnapshot] {
        config.topics.indices.map { t in
            let replicated = config.topics[t].replication > 0
            return TopicSnapshot(name: config.topics[t].name, partitions: stream.topics[t].partitions.indices.map { p in
                let part = stream.topics[t].partitions[p]
                var leader: String?
                if replicated {
                    let l = stream.replication.topics[t].partitions[p].leader
                    leader = l >= 0 ? kafkaBrokerName(Int(l)) : nil
                }
                return PartitionSnapshot(logStart: part.logStart, logEnd: part.logEnd, leader: leader)
            })
        }
    }

    /// Consumer groups; a share group (no committed offsets) shows its members and state only.
    func groupSnapshots() -> [GroupSnapshot] {
        config.groups.indices.map { g in
            let cfg = config.groups[g]
            let topic = config.topics[cfg.topic].name
            guard cfg.share == nil else { return GroupSnapshot(name: cfg.name, topic: topic, state: "share") }
            let s = stream.groups[g]
            let members = s.members.indices.filter { s.members[$0].alive && !s.members[$0].retired }.map { memberName(g, $0) }
            let parts = s.partitions.map { part in
                GroupPartitionSnapshot(committed: part.hasOffset ? part.committed : nil,
                                       member: part.owner >= 0 ? memberName(g, Int(part.owner)) : nil)
            }
            return GroupSnapshot(name: cfg.name, topic: topic, state: groupStatus(g).rawValue, members: members, partitions: parts)
        }
    }
}
