extension World {
    /// Bytes the broker holds now: each message in RAM costs its payload plus
    /// `message_overhead`; a paged one only `paged_overhead` (its queue-index entry). Messages an
    /// auto-ack worker holds are the worker's, not the broker's.
    public var brokerMemory: Int64 { Self.memory(of: queues, config.broker) }

    /// `brokerMemory` as a static function: the periodic checks call it from mutating paths,
    /// where a getter on the world would copy the whole world first.
    /// Reads each queue's counts in place: `for q in queues` copied every `QueueState` (retaining
    /// its buffers) on every publish.
    static func memory(of queues: [QueueState], _ b: BrokerConfig) -> Int64 { memorySum(of: queues, b).bytes }

    /// - Returns: also whether the sum is one `memoryBound` can grow from: no queue holds paged
    ///   messages and every term and the total are integers doubles hold exactly.
    static func memorySum(of queues: [QueueState], _ b: BrokerConfig) -> (bytes: Int64, boundable: Bool) {
        var total = 0.0
        var boundable = true
        let overhead = b.messageOverhead, pagedOverhead = b.pagedOverhead
        for i in queues.indices {
            let ready = queues[i].readyCount, paged = queues[i].pagedCount
            let ram = ready - paged
            let product = Double(queues[i].readyBytes) * Double(ram)
            let ramBytes = ready > 0 ? product / Double(ready) : 0
            if paged > 0 || product >= 0x1p52 { boundable = false }
            total += Double(ram * overhead) + ramBytes + Double(paged * pagedOverhead)
            total += Double(queues[i].unacked * overhead) + Double(queues[i].unackedBytes)
        }
        return (Int64(total), boundable && total < 0x1p52)
    }

    /// Messages entered a ready queue (a publish, a dead-letter, a requeue): `memoryBound` grows.
    @inline(__always)
    mutating func noteMemoryGrowth(_ run: MessageRun) {
        broker.memoryGrowth &+= run.count &* config.broker.messageOverhead &+ run.bytes
    }

    /// An unacked message left the broker (acked, rejected, returned): its term, `overhead + bytes`,
    /// leaves the sum exactly. Without this the bound only grew, and a thousand queues near their
    /// peak were summed every few dozen publishes.
    @inline(__always)
    mutating func noteMemoryRelease(_ run: MessageRun) {
        broker.memoryShrink &+= run.count &* config.broker.messageOverhead &+ run.bytes
    }

    /// The alarm threshold in bytes: `memory × high_watermark`.
    var watermarkBytes: Int64 { Int64(Double(config.broker.memory) * config.broker.highWatermark) }

    /// Keeps the periodic memory check and the paging/intake tick running while the broker
    /// holds messages or a producer holds some for it.
    @inline(__always)
    mutating func ensureMemoryTicks() {
        // Every publish asks; both are almost always running already (a call cost 12 instructions).
        if !broker.memoryCheckScheduled || !broker.pagingScheduled { startMemoryTicks() }
    }

    @inline(never)
    mutating func startMemoryTicks() {
        // Both run on their own fixed periods, counted from t=0.
        if !broker.memoryCheckScheduled {
            broker.memoryCheckScheduled = true
            let period = config.broker.memoryCheck.micros
            schedule(.memoryCheck, at: SimTime(micros: (now.micros / period + 1) * period))
        }
        if !broker.pagingScheduled {
            broker.pagingScheduled = true
            let pp = Self.pagingInterval.micros
            schedule(.pagingTick, at: SimTime(micros: (now.micros / pp + 1) * pp))
        }
    }

    static func holdMessages(_ queues: [QueueState]) -> Bool { queues.contains { $0.readyCount > 0 || $0.unacked > 0 } }

    var producersHold: Bool { producers.contains { $0.heldCount > 0 } }

    /// Memory rose (a publish, a paged message read back for delivery): the OS kills the
    /// broker the instant it passes `memory`; unlike the alarm, this is not periodic.
    /// Summing every queue on every publish made a thousand queues cost a thousand times one:
    /// while the bound stays under the peak and the limit, neither can change, so no sum.
    @inline(__always)
    mutating func memoryRose() {
        if broker.memoryBoundValid && !advanceEveryEvent {
            let bound = broker.memoryBound &+ broker.memoryGrowth, shrink = broker.memoryShrink
            // Neither sum wrapped, and no more left than the bound held.
            if bound >= broker.memoryBound, shrink >= 0, shrink <= bound {
                let left = bound - shrink
                if left <= broker.memoryPeak, left <= config.broker.memory { return }
            }
        }
        memorySummed()
    }

    /// `memoryRose` when the bound could pass the peak or the limit: the exact sum.
    @inline(never)
    mutating func memorySummed() {
        let (mem, boundable) = Self.memorySum(of: queues, config.broker)
        broker.memoryBound = mem
        broker.memoryGrowth = 0
        broker.memoryShrink = 0
        broker.memoryBoundValid = boundable
        if mem > broker.memoryPeak { broker.memoryPeak = mem }
        guard broker.up, mem > config.broker.memory else { return }
        broker.oomKills += 1
        log(.bad, "broker memory passed \(formatBytes(config.broker.memory)) (\(formatBytes(mem)) needed): the OS killed it (OOM); restarting")
        restartBroker(downtime: .secs(1))
    }

    /// The alarm is evaluated only every `memory_check`, so memory overshoots the watermark by
    /// what arrives in between (rule f). The alarm also starts paging (see `pagingTick`).
    mutating func memoryCheck() {
        let mem = Self.memory(of: queues, config.broker)
        broker.memoryPeak = max(broker.memoryPeak, mem)
        if broker.up {
            let watermark = watermarkBytes
            if !broker.alarm && mem > watermark {
                broker.alarm = true
                broker.alarmSince = now
                broker.paging = true
                log(.bad, "memory alarm: \(formatBytes(mem)) used, above the \(formatBytes(watermark)) watermark "
                    + "(checked every \(formatFactor(config.broker.memoryCheck.seconds)) s); publishers blocked, queues page to disk")
            } else if broker.alarm && mem < watermark {
                clearAlarm()
            }
        }
        if Self.holdMessages(queues) || broker.alarm || producersHold {
            schedule(.memoryCheck, at: now + config.broker.memoryCheck)
        } else {
            broker.memoryCheckScheduled = false
        }
    }

    mutating func clearAlarm() {
        guard broker.alarm else { return }
        broker.alarm = false
        broker.alarmMicros += (now - broker.alarmSince).micros
        log(.good, "memory alarm cleared: \(formatBytes(Self.memory(of: queues, config.broker))) used, below the watermark; publishers resume")
        releaseHeld()
    }

    /// Ends every producer's blocked stretch and lets its held messages back in (paced by
    /// `admitHeld`, so a long block does not come back as one burst).
    mutating func releaseHeld() {
        for p in producers.indices {
            if let since = producers[p].blockedSince {
                producers[p].blockedMicros += (now - since).micros
                producers[p].blockedSince = nil
            }
        }
        admitHeld()
        if producersHold { ensureMemoryTicks() }
    }

    /// Held messages go back in, oldest first, at most `page_rate × paging interval` per producer
    /// per tick: the queue takes a returning publisher only as fast as it can page what it takes
    /// (RabbitMQ's credit flow throttles the connection to the queue's pace).
    @discardableResult
    mutating func admitHeld() -> Int64 {
        var admitted: Int64 = 0
        // Most paging ticks find nothing held: the quota is worked out only for a producer that holds some.
        for p in producers.indices where producers[p].heldCount > 0 {
            var left = max(1, saturating(config.broker.pageRate * Self.pagingInterval.seconds))
            while left > 0 && broker.up && !broker.alarm, producers[p].heldCount > 0 {
                var run = producers[p].held[producers[p].held.startIndex]
                if run.count > left {
                    run = producers[p].held[producers[p].held.startIndex].takeFront(left)
                } else {
                    producers[p].held.removeFirst()
                }
                producers[p].heldCount -= run.count
                left -= run.count
                admitted += run.count
                publishFromProducer(p, run)
            }
        }
        return admitted
    }

    /// Every paging interval: producers' held messages are admitted, then queues page while a
    /// paging stretch lasts. An alarm starts a stretch, and so does taking in held messages
    /// above the paging target: what comes back after a block is paged as it comes, so the
    /// next alarm fires at most one check's arrivals above the watermark.
    mutating func pagingTick() {
        let admitted = broker.up && !broker.alarm ? admitHeld() : 0
        if broker.up && (broker.paging || admitted > 0) { pageOut() }
        if Self.holdMessages(queues) || producersHold {
            schedule(.pagingTick, at: now + Self.pagingInterval)
        } else {
            broker.pagingScheduled = false
        }
    }

    /// Pages the newest ready messages to disk, at most `page_rate` a second, until memory is
    /// under `high_watermark × paging_ratio` of `memory`; then the paging stretch ends. What
    /// cannot be paged (unacked messages, queue-index entries) stays.
    mutating func pageOut() {
        let b = config.broker
        var excess = Double(Self.memory(of: queues, b)) - Double(watermarkBytes) * b.pagingRatio
        var budget = saturating(b.pageRate * Self.pagingInterval.seconds)
        for q in queues.indices where budget > 0 && excess > 0 {
            let ram = queues[q].readyCount - queues[q].pagedCount
            guard ram > 0 else { continue }
            let saving = Double(queues[q].readyBytes) / Double(queues[q].readyCount)
                + Double(b.messageOverhead - b.pagedOverhead)
            let wanted = saving > 0 ? Int64((excess / saving).rounded(.up)) : ram
            let n = min(budget, ram, wanted)
            queues[q].pagedCount += n
            broker.memoryBoundValid = false
            budget -= n
            excess -= Double(n) * saving
        }
        // A stretch ends below the target, not when RAM is empty: while the queue index alone
        // keeps memory above it, whatever comes in is paged as it comes.
        broker.paging = excess > 0
    }
}
