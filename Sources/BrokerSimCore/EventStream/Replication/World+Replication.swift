extension World {
    /// Broker count and replica placement: partition p's replicas are brokers p, p+1, … (mod N),
    /// the first the preferred leader (Kafka's round-robin assignment without racks, started at 0).
    mutating func setUpReplication() {
        guard config.topics.contains(where: { $0.replication > 0 }) else { return }
        let n = max(config.kafka.brokers, config.topics.map(\.replication).max() ?? 1)
        var r = ReplicationState()
        r.brokers = Array(repeating: KafkaBroker(), count: n)
        r.topics = config.topics.map { tc in
            var topic = ReplicatedTopic()
            guard tc.replication > 0 else { return topic }
            topic.partitions = (0..<tc.partitions).map { p in
                ReplicaSet(replicas: (0..<min(tc.replication, n)).map { Int32((p + $0) % n) })
            }
            return topic
        }
        r.producerLost = Array(repeating: 0, count: config.producers.count)
        r.groupTruncated = Array(repeating: 0, count: config.groups.count)
        stream.replication = r
    }

    func isReplicated(_ t: Int) -> Bool { config.topics[t].replication > 0 }

    /// `kafka-2` for broker index 1.
    public func kafkaBrokerName(_ b: Int) -> String { "kafka-\(b + 1)" }

    /// The leader takes records and every in-sync replica is on a live broker: the high watermark moves.
    func replicaSetFlows(_ t: Int, _ p: Int) -> Bool {
        let rs = stream.replication.topics[t].partitions[p]
        guard rs.leader >= 0 else { return false }
        for (k, b) in rs.replicas.enumerated() where rs.inSync[k] && !stream.replication.brokers[Int(b)].up { return false }
        return true
    }

    /// An acks=all producer is refused on a partition whose ISR is below `min_insync` (a leader exists).
    func refusesAcksAll(_ t: Int, _ p: Int) -> Bool {
        let rs = stream.replication.topics[t].partitions[p]
        return rs.leader >= 0 && rs.isrCount < config.topics[t].minInsync
    }

    /// Producer `i` adds to partition `p`'s arrival rate (closed form): not while refused or held.
    func replicatedRateCounts(_ t: Int, _ p: Int, producer i: Int) -> Bool {
        guard isReplicated(t) else { return true }
        if config.producers[i].acks == .all && refusesAcksAll(t, p) { return false }
        return replicaSetFlows(t, p)
    }

    /// Records of producer `i` sent to a replicated partition: refused (acks=all below
    /// min_insync), else on the leader (or held by the producer while there is none) until
    /// the followers have them.
    /// - Returns: records accepted.
    mutating func appendReplicated(producer i: Int, topic t: Int, partition p: Int, count: Int64, bytes: Int64,
                                   first: SimTime, last: SimTime) -> Int64 {
        if config.producers[i].acks == .all && refusesAcksAll(t, p) {
            stream.replication.topics[t].refused += count
            producers[i].refused += count
            producers[i].published -= count
            return 0
        }
        var rs = stream.replication.topics[t].partitions[p]
        rs.pending += count
        // Bounded: past 32 runs a new one joins the newest run of the same producer.
        if rs.tail.count >= 32, let k = rs.tail.lastIndex(where: { $0.producer == Int32(i) }) {
            rs.tail[k].count += count
            rs.tail[k].bytes += bytes
            rs.tail[k].first = min(rs.tail[k].first, first)
            rs.tail[k].last = max(rs.tail[k].last, last)
        } else {
            rs.tail.append(TailRun(producer: Int32(i), count: count, bytes: bytes, first: first, last: last))
        }
        stream.replication.topics[t].partitions[p] = rs
        return count
    }

    /// Moves what the in-sync followers have by `at` (sent at least `replica_lag` earlier; at
    /// once when the leader is the only in-sync replica) onto the partition consumers read.
    /// - Returns: records released.
    @discardableResult
    mutating func releaseTail(_ t: Int, _ p: Int, by at: SimTime) -> Int64 {
        guard stream.replication.topics[t].partitions[p].pending > 0, replicaSetFlows(t, p) else { return 0 }
        var rs = stream.replication.topics[t].partitions[p]
        let followers = rs.isrCount > 1
        let cutoff = followers ? at - config.kafka.replicaLag : at
        var count: Int64 = 0, bytes: Int64 = 0, first = SimTime.never, last = SimTime.zero
        for k in rs.tail.indices {
            let run = rs.tail[k]
            let n = run.sent(by: cutoff) - run.released
            guard n > 0 else { continue }
            let b = n == run.left ? run.bytes : Int64((Double(run.bytes) * Double(n) / Double(run.left)).rounded())
            first = min(first, run.time(of: run.released))
            last = max(last, run.time(of: run.released + n - 1))
            rs.tail[k].released += n
            rs.tail[k].bytes -= b
            count += n
            bytes += b
        }
        guard count > 0 else { return 0 }
        rs.tail.removeAll { $0.left == 0 }
        rs.pending -= count
        stream.replication.topics[t].partitions[p] = rs
        let tc = config.topics[t]
        stream.topics[t].partitions[p].append(count: count, bytes: bytes, first: first, last: max(first, last),
                                              segmentTime: tc.segmentTime, segmentBytes: tc.segmentBytes,
                                              maxSegments: stream.maxSegments)
        return count
    }

    /// Every replicated partition's tail up to `at` (the closed form's steps, and after events).
    mutating func releaseTails(by at: SimTime) {
        for t in stream.replication.topics.indices where !stream.replication.topics[t].partitions.isEmpty {
            for p in stream.replication.topics[t].partitions.indices { releaseTail(t, p, by: at) }
        }
    }

    /// Records appended by an event: released now when nobody needs to copy them, else when the followers have.
    mutating func scheduleRelease(_ t: Int) {
        var released: Int64 = 0
        for p in stream.replication.topics[t].partitions.indices { released += releaseTail(t, p, by: now) }
        if released > 0 { stream.topics[t].eventAppends &+= 1 }
        if stream.replication.topics[t].partitions.contains(where: { $0.pending > 0 }), config.kafka.replicaLag.micros > 0 {
            schedule(.stream(.replicaRelease(topic: Int32(t))), at: now + config.kafka.replicaLag)
        }
    }

    mutating func replicaRelease(_ t: Int) {
        var released: Int64 = 0
        for p in stream.replication.topics[t].partitions.indices { released += releaseTail(t, p, by: now) }
        if released > 0 {
            stream.topics[t].eventAppends &+= 1
            wakeWaiters(topic: t)
        }
    }

    /// Records the leader has that some in-sync follower lacks (or held while there is no leader).
    public func replicationLag(_ t: Int, _ p: Int) -> Int64 {
        guard isReplicated(t) else { return 0 }
        return stream.replication.topics[t].partitions[p].pending
    }
}
