extension World {
    /// Nodes `rabbit-1` … `rabbit-N` when `broker.nodes` > 1. A classic queue lives on its
    /// `node`; a quorum queue has a replica on every node (up to `broker.quorum_size`), its
    /// leader on `node` at the start.
    mutating func setUpCluster() {
        let n = config.broker.nodes
        guard n > 1 else { return }
        cluster.nodes = Array(repeating: RabbitNode(), count: n)
        cluster.queues = config.queues.map { q in
            let home = Int32(min(max(q.node, 0), n - 1))
            guard q.kind != .classic else { return QueueCluster(replicas: [home], leader: home) }
            let size = min(n, config.broker.quorumSize)
            return QueueCluster(replicas: (0..<size).map { Int32((Int(home) + $0) % n) }, leader: home)
        }
    }

    /// `rabbit-2` for node index 1.
    public func rabbitNodeName(_ n: Int) -> String { "rabbit-\(n + 1)" }

    /// Deliveries wait (a quorum election, a down node); publishes are refused only when `.down`.
    @inline(__always)
    func queueUnavailable(_ q: Int) -> Bool { !cluster.queues.isEmpty && cluster.queues[q].availability != .up }

    @inline(__always)
    func queueDown(_ q: Int) -> Bool { !cluster.queues.isEmpty && cluster.queues[q].availability == .down }

    /// `crash: rabbit-N`: classic queues on it become unavailable (their consumers lose the
    /// subscription; a durable queue keeps its persistent messages, a transient one loses them
    /// all); quorum queues keep going while a majority of their replicas is up, after an
    /// election when the leader was on it.
    mutating func crashRabbitNode(_ n: Int) {
        guard cluster.nodes.indices.contains(n), cluster.nodes[n].up else { return }
        cluster.nodes[n].up = false
        cluster.nodes[n].generation &+= 1
        log(.bad, "\(rabbitNodeName(n)) crashed")
        for q in cluster.queues.indices where cluster.queues[q].replicas.contains(Int32(n)) {
            // A stream is replicated like a quorum queue (a leader and a majority).
            if config.queues[q].kind != .classic { quorumReplicasChanged(q) } else { classicNodeDown(q) }
        }
    }

    mutating func restartRabbitNode(_ n: Int) {
        guard cluster.nodes.indices.contains(n), !cluster.nodes[n].up else { return }
        cluster.nodes[n].up = true
        cluster.nodes[n].generation &+= 1
        log(.good, "\(rabbitNodeName(n)) is back")
        for q in cluster.queues.indices where cluster.queues[q].replicas.contains(Int32(n)) {
            if config.queues[q].kind != .classic {
                quorumReplicasChanged(q)
            } else {
                setAvailability(q, .up)
                log(.good, "\(config.queues[q].name) is available again on \(rabbitNodeName(n))"
                    + (config.queues[q].durable ? " with \(groupedCount(queues[q].readyCount)) \(plural(queues[q].readyCount, "message"))"
                       : ", empty (it was transient)"))
                resubscribeAfterNodeReturn(q)
            }
        }
    }

    /// The classic queue's node died: consumers lose their subscription (their unacked messages
    /// go back, redelivered), then what a restart would lose is lost (rule h of queue-model.md).
    mutating func classicNodeDown(_ q: Int) {
        for w in workers.indices where Int(workers[w].queue) == q && workers[w].subscribed { dropConnection(w) }
        let lost: Int64 = config.queues[q].durable
            ? queues[q].removeReady { !$0.flags.contains(.persistent) }
            : queues[q].removeAll().count
        queues[q].counters.lost += lost
        queues[q].pagedCount = min(queues[q].pagedCount, queues[q].readyCount)
        setAvailability(q, .down)
        log(.bad, "\(config.queues[q].name) UNAVAILABLE: its node \(rabbitNodeName(Int(cluster.queues[q].replicas[0]))) is down"
            + (lost > 0 ? "; \(groupedCount(lost)) \(plural(lost, "message")) lost (\(config.queues[q].durable ? "transient messages" : "a transient queue"))" : "")
            + "; publishes to it are refused")
    }

    /// A quorum queue's replicas went up or down: available with a majority and a live leader;
    /// electing when the leader died and a majority remains; down without a majority.
    mutating func quorumReplicasChanged(_ q: Int) {
        let c = cluster.queues[q]
        let up = c.replicas.count(where: { cluster.nodes[Int($0)].up })
        let name = config.queues[q].name
        if up * 2 <= c.replicas.count {
            guard c.availability != .down else { return }
            setAvailability(q, .down)
            log(.bad, "\(name) UNAVAILABLE: \(up) of \(c.replicas.count) replicas up, no majority; publishes refused")
        } else if !cluster.nodes[Int(c.leader)].up {
            guard c.availability != .electing else { return }
            setAvailability(q, .electing)
            cluster.queues[q].electionGeneration &+= 1
            schedule(.quorumElected(queue: Int32(q), generation: cluster.queues[q].electionGeneration),
                     at: now + config.broker.election)
            log(.warning, "\(name): its leader \(rabbitNodeName(Int(c.leader))) is down; \(up) of \(c.replicas.count) "
                + "replicas elect a new one (deliveries wait \(config.broker.election))")
        } else if c.availability != .up {
            setAvailability(q, .up)
            log(.good, "\(name) available again: \(up) of \(c.replicas.count) replicas up, leader \(rabbitNodeName(Int(c.leader)))")
            dispatch(q)
        }
    }

    /// The replicas agreed on a new leader: the next live replica after the old one.
    mutating func quorumElected(_ q: Int, generation: UInt32) {
        let c = cluster.queues[q]
        guard c.electionGeneration == generation, c.availability == .electing else { return }
        let k = c.replicas.firstIndex(of: c.leader) ?? 0
        guard let next = (1...c.replicas.count).map({ c.replicas[(k + $0) % c.replicas.count] })
            .first(where: { cluster.nodes[Int($0)].up }) else { return }
        cluster.queues[q].leader = next
        cluster.queues[q].leaderChanges += 1
        setAvailability(q, .up)
        log(.good, "\(config.queues[q].name): \(rabbitNodeName(Int(next))) elected leader; no message lost")
        dispatch(q)
    }

    mutating func setAvailability(_ q: Int, _ a: QueueAvailability) {
        let was = cluster.queues[q].availability
        guard was != a else { return }
        if was == .up { cluster.queues[q].unavailableSince = now }
        if a == .up, let since = cluster.queues[q].unavailableSince {
            cluster.queues[q].unavailableMicros += (now - since).micros
            cluster.queues[q].unavailableSince = nil
        }
        cluster.queues[q].availability = a
        if a == .up, let s = streamIndex(q) { startTicks(s) }
    }

    /// Seconds the queue could not deliver so far, the current stretch included.
    public func unavailableSeconds(_ q: Int) -> Double {
        guard !cluster.queues.isEmpty else { return 0 }
        let c = cluster.queues[q]
        return Double(c.unavailableMicros + (c.unavailableSince.map { (now - $0).micros } ?? 0)) / 1e6
    }

    /// Its consumers subscribe again when the queue is back.
    mutating func resubscribeAfterNodeReturn(_ q: Int) {
        for w in workers.indices where Int(workers[w].queue) == q && workers[w].alive && !workers[w].retired && !workers[w].subscribed {
            workerStart(w, generation: workers[w].generation)
        }
    }
}
