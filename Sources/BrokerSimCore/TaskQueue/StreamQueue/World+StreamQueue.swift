extension World {
    static let streamTick = SimDuration.millis(100)

    mutating func setUpStreamQueues() {
        guard config.queues.contains(where: { $0.kind == .stream }) else { return }
        var s = StreamQueuesState()
        s.ofQueue = config.queues.indices.map { q in
            guard config.queues[q].kind == .stream else { return -1 }
            s.streams.append(StreamQueueLog(queue: q))
            return Int32(s.streams.count - 1)
        }
        s.poolStored = Array(repeating: nil, count: config.workers.count)
        s.poolFrontier = Array(repeating: 0, count: config.workers.count)
        streamQueues = s
    }

    @inline(__always)
    func streamIndex(_ q: Int) -> Int? {
        guard !streamQueues.ofQueue.isEmpty else { return nil }
        let i = streamQueues.ofQueue[q]
        return i >= 0 ? Int(i) : nil
    }

    /// A publish to a stream appends it: nothing is ever removed by reading. Segments roll at
    /// `max_segment_size_bytes`, and retention runs when one rolls, in whole segments.
    mutating func appendToStreamQueue(_ s: Int, _ run: MessageRun) {
        let q = streamQueues.streams[s].queue, cfg = config.queues[q].stream
        let before = streamQueues.streams[s].log.segments.count
        streamQueues.streams[s].log.append(count: run.count, bytes: run.bytes, first: run.firstPublish, last: run.lastPublish,
                                           segmentTime: .secs(100 * 365 * 86_400), segmentBytes: cfg.segmentBytes)
        queues[q].counters.published += run.count
        if streamQueues.streams[s].log.segments.count > before && before > 0 {
            let gone = streamQueues.streams[s].log.applyRetention(now: now, retention: cfg.maxAge ?? .secs(100 * 365 * 86_400),
                                                                  retentionBytes: cfg.maxLengthBytes)
            if gone > 0 {
                if streamQueues.streams[s].deletedByRetention == 0 {
                    log(.info, "\(config.queues[q].name): retention deleted its oldest segment (\(short(gone)) messages): "
                        + "the stream's first offset moves right")
                }
                streamQueues.streams[s].deletedByRetention += gone
            }
        }
        startTicks(s)
    }

    mutating func startTicks(_ s: Int) {
        guard !streamQueues.streams[s].tickPending else { return }
        streamQueues.streams[s].tickPending = true
        streamQueues.streams[s].lastTick = now
        schedule(.streamQueueTick(queue: Int32(s)), at: now + Self.streamTick)
    }

    /// A worker attaches to a stream: a returning consumer with a stored offset resumes there,
    /// any other starts at its `offset` spec. Under single active consumer only the lowest live
    /// instance of the pool reads.
    mutating func streamConsumerStart(_ w: Int) {
        while streamQueues.consumers.count < workers.count { streamQueues.consumers.append(StreamConsumer()) }
        workers[w].subscribed = true
        let q = Int(workers[w].queue)
        if workers[w].startedAt == nil {
            workers[w].startedAt = now
            // A late reader is an event of its own (a question can be asked just before it); readers
            // there from the start are not news.
            if now > .zero, let s = streamIndex(q) {
                let at = attachPosition(w, streamQueues.streams[s].log)
                log(.info, "\(workerName(w)) attached to the stream \(config.queues[q].name) at offset \(groupedCount(at))")
            }
        }
        guard let s = streamIndex(q) else { return }
        // (Re)attaching: chooseActive places it.
        streamQueues.consumers[w].active = false
        chooseActive(q)
        startTicks(s)
    }

    /// The offset a consumer name stored: the pool's under single active consumer, else the instance's.
    public func storedOffset(_ w: Int) -> Int64? {
        guard w < streamQueues.consumers.count else { return nil }
        return config.queues[Int(workers[w].queue)].singleActiveConsumer
            ? streamQueues.poolStored[Int(workers[w].pool)] : streamQueues.consumers[w].stored
    }

    /// Where a consumer attaching now starts: its stored offset, else its pool's `offset` spec.
    func attachPosition(_ w: Int, _ log: Partition) -> Int64 {
        if let stored = storedOffset(w) { return max(stored, log.logStart) }
        return switch config.workers[Int(workers[w].pool)].offset {
        case .first: log.logStart
        case .last: max(log.logStart, log.logEnd - 1)
        case .next: log.logEnd
        case .offset(let o): min(max(o, log.logStart), log.logEnd)
        case .timestamp(let t): offset(in: log, at: .zero + t)
        }
    }

    /// The first offset published at or after `t` (the log end when none).
    func offset(in log: Partition, at t: SimTime) -> Int64 {
        var lo = log.logStart, hi = log.logEnd
        while lo < hi {
            let mid = (lo + hi) / 2
            if (log.timestamp(of: mid) ?? .never) >= t { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Single active consumer: per pool, the lowest-numbered live instance reads.
    mutating func chooseActive(_ q: Int) {
        guard let s = streamIndex(q) else { return }
        let sac = config.queues[q].singleActiveConsumer
        for (p, ids) in pools.enumerated() where config.workers[p].queue == q {
            var found = false
            for id in ids {
                let w = Int(id)
                guard w < streamQueues.consumers.count else { continue }
                let live = workers[w].alive && !workers[w].retired && workers[w].subscribed
                let active = live && (!sac || !found)
                if live { found = true }
                if active && !streamQueues.consumers[w].active {
                    streamQueues.consumers[w].position = attachPosition(w, streamQueues.streams[s].log)
                    streamQueues.consumers[w].carry = 0
                    streamQueues.consumers[w].lastStore = now
                }
                streamQueues.consumers[w].active = active
            }
        }
    }

    /// Every consumer of the stream reads what its speed allows since the last tick (closed form
    /// over the tick: no event per message), stores its offset when `track` says, and the ticks
    /// go on while someone is behind.
    mutating func streamQueueTick(_ s: Int) {
        streamQueues.streams[s].tickPending = false
        let q = streamQueues.streams[s].queue
        let dt = (now - streamQueues.streams[s].lastTick).seconds
        streamQueues.streams[s].lastTick = now
        let log = streamQueues.streams[s].log
        var behind = false
        for w in streamQueues.consumers.indices where Int(workers[w].queue) == q {
            guard workers[w].alive, !workers[w].retired, workers[w].subscribed, streamQueues.consumers[w].active,
                  !queueUnavailable(q) else { continue }
            var c = streamQueues.consumers[w]
            // Retention deleted what it had not read: those are lost to it, and it goes on from the first offset left.
            if c.position < log.logStart {
                if queues[q].counters.lost == 0 {
                    self.log(.bad, "\(workerName(w)) fell behind the start of \(config.queues[q].name): retention deleted messages it had not read")
                }
                queues[q].counters.lost += log.logStart - c.position
                c.position = log.logStart
            }
            let mean = config.workers[Int(workers[w].pool)].work.mean * workers[w].slowFactor
            let can = mean > 0 ? c.carry + dt * 1_000_000 / mean : .infinity
            let n = min(log.logEnd - c.position, can.isFinite ? Int64(can) : .max)
            if can.isFinite { c.carry = n < log.logEnd - c.position ? can - Double(n) : 0 }
            if n > 0 {
                // Duplicates are counted per consumer name: the pool's under single active consumer.
                let pool = Int(workers[w].pool), sac = config.queues[q].singleActiveConsumer
                let f = sac ? streamQueues.poolFrontier[pool] : c.frontier
                queues[q].counters.duplicates += max(0, min(c.position + n, f) - c.position)
                c.position += n
                if sac { streamQueues.poolFrontier[pool] = max(f, c.position) } else { c.frontier = max(f, c.position) }
                workers[w].processed += n
                queues[q].counters.delivered += n
            }
            if let every = config.workers[Int(workers[w].pool)].track, now >= c.lastStore + every {
                if config.queues[q].singleActiveConsumer {
                    streamQueues.poolStored[Int(workers[w].pool)] = c.position
                } else {
                    c.stored = c.position
                }
                c.lastStore = now
            }
            if c.position < log.logEnd { behind = true }
            streamQueues.consumers[w] = c
        }
        if behind { startTicks(s) }
    }

    /// `stop: drained`: every reading consumer of every stream is at its end.
    var streamQueuesDrained: Bool {
        for s in streamQueues.streams {
            for w in streamQueues.consumers.indices where Int(workers[w].queue) == s.queue {
                guard workers[w].alive, !workers[w].retired, streamQueues.consumers[w].active else { continue }
                if streamQueues.consumers[w].position < s.log.logEnd { return false }
            }
        }
        return true
    }

    /// A stream consumer's crash or removal: it reads nothing more; its pool's next instance
    /// takes over under single active consumer.
    mutating func streamConsumerStopped(_ w: Int) {
        guard w < streamQueues.consumers.count else { return }
        workers[w].subscribed = false
        chooseActive(Int(workers[w].queue))
        if let s = streamIndex(Int(workers[w].queue)) { startTicks(s) }
    }
}

extension World {
    /// The stream behind queue `q` (an index into `streamQueues.streams`), nil for a classic or quorum queue.
    public func streamQueueIndex(_ q: Int) -> Int? { streamIndex(q) }
}
