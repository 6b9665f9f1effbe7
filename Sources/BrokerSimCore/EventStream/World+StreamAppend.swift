extension World {
    /// A burst or backlog of `count` records from producer `i` (keys spread by share, keyless
    /// records in sticky batches rotating over the partitions).
    mutating func streamAppend(producer i: Int, topic t: Int, count: Int64, first: SimTime, last: SimTime) {
        guard count > 0 else { return }
        let n = stream.topics[t].partitions.count
        var counts = Array(repeating: Int64(0), count: n)
        let cfg = config.producers[i]
        if cfg.key == .none {
            // Kafka's batch.size is 16 KB: that many bytes go to one partition before it rotates.
            let b = max(1, Int64(16_384 / max(1, cfg.size.mean)))
            let batches = (count + b - 1) / b
            let c = stream.stickyCursor[i]
            for p in 0..<n { counts[(c + p) % n] = batches / Int64(n) + (Int64(p) < batches % Int64(n) ? 1 : 0) }
            for p in 0..<n { counts[p] *= b }
            counts[(c + Int((batches - 1) % Int64(n))) % n] -= batches * b - count
            stream.stickyCursor[i] = (c + Int(batches % Int64(n))) % n
        } else if count <= 64 {
            for _ in 0..<count { counts[pickPartition(i)] += 1 }
        } else {
            counts = largestRemainder(count, stream.shares[i])
        }
        producers[i].published += count
        stream.topics[t].eventAppends &+= 1
        appendCounts(producer: i, topic: t, counts: counts, first: first, last: last)
        if isReplicated(t) { scheduleRelease(t) }
        wakeWaiters(topic: t)
    }

    /// A partition drawn by the producer's key shares.
    mutating func pickPartition(_ i: Int) -> Int {
        let s = stream.shares[i]
        var u = producers[i].rng.unit()
        for p in s.indices { u -= s[p]; if u < 0 { return p } }
        return s.count - 1
    }

    func largestRemainder(_ count: Int64, _ shares: [Double]) -> [Int64] {
        var out = shares.map { Int64(mathFloor(Double(count) * $0)) }
        var left = count - out.reduce(0, +)
        let order = shares.indices.sorted {
            let a = Double(count) * shares[$0] - Double(out[$0]), b = Double(count) * shares[$1] - Double(out[$1])
            return a != b ? a > b : $0 < $1
        }
        var k = 0
        while left > 0 { out[order[k % order.count]] += 1; left -= 1; k += 1 }
        return out
    }

    /// Appends per-partition counts of one producer, marking its poison records on the way.
    /// `stamps`: per partition, the first and last record's instants (else all span first…last).
    mutating func appendCounts(producer i: Int, topic t: Int, counts: [Int64], first: SimTime, last: SimTime,
                               stamps: [(SimTime, SimTime)] = [], timed: Bool = true) {
        let tc = config.topics[t], size = config.producers[i].size.mean
        let total = counts.reduce(0, +)
        var poisonAt: [(Int, Int64)] = []
        if config.producers[i].poison != .none {
            var done: Int64 = 0
            while producers[i].untilPoison < total - done {
                done += producers[i].untilPoison
                var p = pickPartition(i)
                // The poison record is one of these: when its drawn partition got none of them (a burst
                // of a few records), it is on the next partition that did.
                if counts[p] == 0, let q = (1..<counts.count).lazy.map({ (p + $0) % counts.count }).first(where: { counts[$0] > 0 }) {
                    p = q
                }
                if counts[p] > 0 {
                    let frac = Double(done) / Double(total)
                    poisonAt.append((p, stream.topics[t].partitions[p].logEnd + replicationLag(t, p) + min(counts[p] - 1, Int64(Double(counts[p]) * frac))))
                }
                done += 1
                nextPoisonGap(i)
            }
            if producers[i].untilPoison != .max { producers[i].untilPoison -= total - done }
        }
        if isReplicated(t) {
            for p in counts.indices where counts[p] > 0 {
                let (a, b) = stamps.isEmpty ? (first, last) : stamps[p]
                stream.topics[t].appended += appendReplicated(producer: i, topic: t, partition: p, count: counts[p],
                                                              bytes: saturating(Double(counts[p]) * size), first: a, last: b)
            }
            return
        }
        for p in counts.indices where counts[p] > 0 {
            let (a, b) = stamps.isEmpty ? (first, last) : stamps[p]
            stream.topics[t].partitions[p].append(count: counts[p], bytes: saturating(Double(counts[p]) * size),
                                                  first: a, last: b,
                                                  segmentTime: tc.segmentTime, segmentBytes: tc.segmentBytes,
                                                  maxSegments: stream.maxSegments, timed: timed)
        }
        for (p, o) in poisonAt { stream.topics[t].partitions[p].poison.append(o) }
        stream.topics[t].appended += total
    }

    /// Steady production over (from, to] in closed form: rate × share × time per partition,
    /// fractions carried to the next step.
    /// Only the producers and topics of unit `u`; the log ends before the step go in a kept buffer.
    mutating func produce(_ u: Int, from: SimTime, to: SimTime) {
        var ends0 = stream.producedEndScratch
        stream.producedEndScratch = []
        ends0.removeAll(keepingCapacity: true)
        let topics = stream.units[u].topics, base = stream.units[u].partitionBase
        // Field by field: copying a whole partition would retain and release its arrays.
        for t32 in topics {
            for p in stream.topics[Int(t32)].partitions.indices { ends0.append(stream.topics[Int(t32)].partitions[p].logEnd) }
        }
        let unitProducers = stream.units[u].producers
        for i32 in unitProducers {
            let i = Int(i32)
            guard case .topic(let t) = config.producers[i].target, stream.previousRates[i] > 0 else { continue }
            let r = stream.previousRates[i]
            let since = (to - stream.produceEpoch[i]).seconds
            var counts = Array(repeating: Int64(0), count: stream.shares[i].count)
            for p in counts.indices {
                let due = saturating(stream.produceCarry[i][p] + r * stream.shares[i][p] * since, .down)
                counts[p] = max(0, due - stream.producedInEpoch[i][p])
                stream.producedInEpoch[i][p] += counts[p]
            }
            let total = counts.reduce(0, +)
            guard total > 0 else { continue }
            producers[i].sent += total
            producers[i].published += total
            // Each record is stamped with the instant it fell due, a function of its place in the
            // producer's epoch and not of where the span was cut: segment rolls and retention,
            // which read the stamps, must not depend on who looked at the world when.
            var stamps = stream.stampScratch
            stream.stampScratch = []
            stamps.removeAll(keepingCapacity: true)
            let epoch = Double(stream.produceEpoch[i].micros)
            for p in counts.indices {
                guard counts[p] > 0 else { stamps.append((from, to)); continue }
                let per = 1e6 / (r * stream.shares[i][p]), carry = stream.produceCarry[i][p]
                let n1 = Double(stream.producedInEpoch[i][p] - counts[p] + 1), n2 = Double(stream.producedInEpoch[i][p])
                let first = SimTime(micros: saturating(epoch + (n1 - carry) * per, .up))
                let last = SimTime(micros: saturating(epoch + (n2 - carry) * per, .up))
                stamps.append((min(max(first, from), to), min(max(last, from), to)))
            }
            appendCounts(producer: i, topic: t, counts: counts, first: from, last: to, stamps: stamps, timed: false)
            stream.stampScratch = stamps
        }
        // The time index: each partition's new records, all producers interleaved, at the pace
        // of its arrival rate, the last one at the end of the step (lag_seconds reads this).
        for (k, t32) in topics.enumerated() {
            let t = Int(t32)
            // Replicated topics mark their records when the followers have them (releaseTail).
            if isReplicated(t) { continue }
            for p in stream.topics[t].partitions.indices {
                let end0 = ends0[base[k] + p], c = stream.topics[t].partitions[p].logEnd - end0
                guard c > 0 else { continue }
                let rate = stream.topics[t].partitions[p].rate
                let pace = rate > 0 ? 1_000_000 / rate : Double((to - from).micros) / Double(c)
                let first = max(Double(from.micros), Double(to.micros) - pace * Double(c - 1))
                stream.topics[t].partitions[p].markTime(offset: end0, first: first, spacing: pace, count: c)
            }
        }
        stream.producedEndScratch = ends0
        // Replication makes one unit of every topic, so this releases only the unit's tails.
        if !stream.replication.brokers.isEmpty { releaseTails(by: to) }
    }
}
