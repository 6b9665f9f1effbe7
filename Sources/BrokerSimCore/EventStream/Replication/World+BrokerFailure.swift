extension World {
    /// `crash: kafka-N`: its partitions lose their leader or an in-sync follower at once; the
    /// controller acts `detection` later (elects, shrinks the ISR). Until then a partition it led
    /// takes nothing (producers hold their records) and one it follows cannot move its high
    /// watermark (acks=all waits for every in-sync replica).
    mutating func crashKafkaBroker(_ b: Int) {
        guard stream.replication.brokers.indices.contains(b), stream.replication.brokers[b].up else { return }
        stream.replication.brokers[b].up = false
        stream.replication.brokers[b].generation &+= 1
        var led = 0
        forEachReplica(on: b) { w, t, p, k in
            w.stream.replication.topics[t].partitions[p].ends[k] = w.stream.topics[t].partitions[p].logEnd
            if w.stream.replication.topics[t].partitions[p].leader == Int32(b) {
                w.stream.replication.topics[t].partitions[p].leader = -1
                w.stream.replication.topics[t].partitions[p].lostLeader = Int32(b)
                w.stream.replication.topics[t].partitions[p].lostAt = w.now
                led += 1
            }
        }
        log(.bad, "\(kafkaBrokerName(b)) crashed: " + (led == 0 ? "it leads no partition; its followers stop copying"
            : "\(led) \(plural(Int64(led), "partition")) without a leader until the controller notices (\(config.kafka.detection))"))
        schedule(.stream(.brokerDetected(broker: Int32(b), generation: stream.replication.brokers[b].generation)),
                 at: now + config.kafka.detection)
        replicationChanged()
    }

    /// The controller fences the broker: its replicas leave the ISR (never the last one), and each
    /// partition it led gets a leader from the ISR, or (unclean election on) any live replica.
    mutating func brokerDetected(_ b: Int, generation: UInt32) {
        guard stream.replication.brokers[b].generation == generation, !stream.replication.brokers[b].up else { return }
        forEachReplica(on: b) { w, t, p, k in
            let rs = w.stream.replication.topics[t].partitions[p]
            let leaderless = rs.leader < 0
            if rs.inSync[k] && (rs.isrCount > 1 || !leaderless) {
                w.stream.replication.topics[t].partitions[p].inSync[k] = false
            }
            if leaderless { w.elect(t, p) }
            if w.stream.replication.topics[t].partitions[p].leader >= 0 { w.noteMinInsync(t, p) }
        }
        replicationChanged()
    }

    /// `restart: kafka-N`: a partition waiting for it as its last in-sync replica gets it back as
    /// leader; one offline with unclean election on takes it as an unclean leader; elsewhere its
    /// replicas copy what they missed and rejoin the ISR.
    mutating func restartKafkaBroker(_ b: Int) {
        guard stream.replication.brokers.indices.contains(b), !stream.replication.brokers[b].up else { return }
        stream.replication.brokers[b].up = true
        stream.replication.brokers[b].generation &+= 1
        log(.good, "\(kafkaBrokerName(b)) is back")
        forEachReplica(on: b) { w, t, p, k in
            let rs = w.stream.replication.topics[t].partitions[p]
            if rs.leader < 0 && rs.lostLeader == Int32(b) && rs.inSync[k] {
                // Its old leader, with everything it had: no loss. An election only if the controller had noticed.
                w.stream.replication.topics[t].partitions[p].leader = Int32(b)
                w.stream.replication.topics[t].partitions[p].offline = false
                if rs.offline {
                    w.stream.replication.topics[t].elections += 1
                    w.log(.good, "\(w.config.topics[t].name)-\(p): \(w.kafkaBrokerName(b)) leads again (the last in-sync replica)")
                }
                for j in rs.replicas.indices where !rs.inSync[j] && w.stream.replication.brokers[Int(rs.replicas[j])].up {
                    w.startCatchUp(t, p, j)
                }
            } else if rs.leader < 0 {
                w.elect(t, p)
            } else if !rs.inSync[k] {
                w.startCatchUp(t, p, k)
            }
        }
        replicationChanged()
    }

    /// Chooses a leader for a leaderless partition: the first live in-sync replica (clean), else with
    /// `unclean_election` the first live replica, truncating the log to what it holds.
    mutating func elect(_ t: Int, _ p: Int) {
        let rs = stream.replication.topics[t].partitions[p]
        let live = rs.replicas.indices.filter { stream.replication.brokers[Int(rs.replicas[$0])].up }
        let name = "\(config.topics[t].name)-\(p)"
        stream.replication.topics[t].partitions[p].offline = false
        if let k = live.first(where: { rs.inSync[$0] }) {
            stream.replication.topics[t].partitions[p].leader = rs.replicas[k]
            stream.replication.topics[t].elections += 1
            let lost = dropUnacked(t, p)
            log(lost > 0 ? .bad : .info, "\(name): \(kafkaBrokerName(Int(rs.replicas[k]))) elected leader from the ISR"
                + (lost > 0 ? "; \(short(lost)) \(plural(lost, "record")) only the old leader had are lost (acks 0/1): "
                   + "its log end is cut back" : ""))
            for j in live where !rs.inSync[j] { startCatchUp(t, p, j) }
        } else if config.topics[t].uncleanElection, let k = live.first {
            stream.replication.topics[t].partitions[p].leader = rs.replicas[k]
            stream.replication.topics[t].partitions[p].inSync = rs.replicas.indices.map { $0 == k }
            stream.replication.topics[t].elections += 1
            stream.replication.topics[t].uncleanElections += 1
            let unacked = dropUnacked(t, p)
            let cut = truncate(t, p, to: rs.ends[k])
            log(.bad, "\(name): UNCLEAN election of out-of-sync \(kafkaBrokerName(Int(rs.replicas[k]))): "
                + "\(short(cut)) committed \(plural(cut, "record")) cut off the log"
                + (unacked > 0 ? ", \(short(unacked)) more never replicated" : ""))
            for j in live where j != k { startCatchUp(t, p, j) }
        } else {
            stream.replication.topics[t].partitions[p].offline = true
            guard !rs.offline else { return }
            log(.bad, "\(name) OFFLINE: no in-sync replica is alive (unclean election off); producers hold their records")
        }
    }

    /// At a clean leader change the acks 0/1 records the old leader took before it died and no
    /// follower had are gone (counted at their producers). Records sent after it died were never
    /// taken: the client waits for a leader and sends them to the new one, like acks=all ones,
    /// which were never acknowledged and are sent again.
    mutating func dropUnacked(_ t: Int, _ p: Int) -> Int64 {
        var lost: Int64 = 0
        var rs = stream.replication.topics[t].partitions[p]
        for k in rs.tail.indices where config.producers[Int(rs.tail[k].producer)].acks != .all {
            let run = rs.tail[k]
            let n = max(0, run.sent(by: rs.lostAt) - run.released)
            guard n > 0 else { continue }
            // The run's oldest unreleased records go: `released` moves past them without a log append.
            let b = n == run.left ? run.bytes : Int64((Double(run.bytes) * Double(n) / Double(run.left)).rounded())
            rs.tail[k].released += n
            rs.tail[k].bytes -= b
            lost += n
            stream.replication.producerLost[Int(run.producer)] += n
        }
        rs.tail.removeAll { $0.left == 0 }
        rs.pending -= lost
        stream.replication.topics[t].partitions[p] = rs
        stream.replication.topics[t].lostUnreplicated += lost
        return lost
    }

    /// A follower copies what it lacks at `catch_up_rate`, after one replication lag.
    mutating func startCatchUp(_ t: Int, _ p: Int, _ k: Int) {
        let rs = stream.replication.topics[t].partitions[p]
        let missing = max(0, stream.topics[t].partitions[p].logEnd - rs.ends[k])
        let copy = SimDuration.seconds(Double(missing) / config.kafka.catchUpRate)
        let b = Int(rs.replicas[k])
        schedule(.stream(.replicaCaughtUp(topic: Int32(t), partition: Int32(p),
                                          generation: stream.replication.brokers[b].generation, broker: Int16(b))),
                 at: now + config.kafka.replicaLag + copy)
    }

    mutating func replicaCaughtUp(_ t: Int, _ p: Int, broker b: Int, generation: UInt32) {
        let rs = stream.replication.topics[t].partitions[p]
        guard let k = rs.replicas.firstIndex(of: Int32(b)), stream.replication.brokers[b].up,
              stream.replication.brokers[b].generation == generation, rs.leader >= 0, !rs.inSync[k] else { return }
        let below = rs.isrCount < config.topics[t].minInsync
        stream.replication.topics[t].partitions[p].inSync[k] = true
        log(.good, "\(config.topics[t].name)-\(p): \(kafkaBrokerName(b)) caught up and rejoined the ISR "
            + "(\(rs.isrCount + 1) of \(rs.replicas.count))")
        if below && rs.isrCount + 1 >= config.topics[t].minInsync, hasAcksAll(t) {
            log(.good, "\(config.topics[t].name)-\(p): acks=all producers accepted again")
        }
        replicationChanged()
    }

    mutating func noteMinInsync(_ t: Int, _ p: Int) {
        guard refusesAcksAll(t, p), hasAcksAll(t) else { return }
        let rs = stream.replication.topics[t].partitions[p]
        log(.bad, "\(config.topics[t].name)-\(p): ISR \(rs.isrCount) of \(rs.replicas.count), below min_insync "
            + "\(config.topics[t].minInsync): acks=all producers refused (NotEnoughReplicas)")
    }

    func hasAcksAll(_ t: Int) -> Bool {
        config.producers.contains { $0.target == .topic(t) && $0.acks == .all }
    }

    /// Leaders or ISRs changed: release what may now move, and let the closed form and waiting consumers know.
    mutating func replicationChanged() {
        for t in stream.replication.topics.indices where !stream.replication.topics[t].partitions.isEmpty {
            var released: Int64 = 0
            for p in stream.replication.topics[t].partitions.indices { released += releaseTail(t, p, by: now) }
            stream.topics[t].eventAppends &+= 1
            updatePartitionRates(t)
            if released > 0 { wakeWaiters(topic: t) }
            if stream.replication.topics[t].partitions.contains(where: { $0.pending > 0 }) { scheduleRelease(t) }
        }
        markCutsStale()
        scheduleStreamWakes()
    }

    /// Calls `body` for every replica broker `b` holds, topic and partition order.
    mutating func forEachReplica(on b: Int, _ body: (inout World, Int, Int, Int) -> Void) {
        for t in stream.replication.topics.indices {
            for p in stream.replication.topics[t].partitions.indices {
                if let k = stream.replication.topics[t].partitions[p].replicas.firstIndex(of: Int32(b)) { body(&self, t, p, k) }
            }
        }
    }
}
