extension World {
    /// Bytes the broker holds now: each message in RAM costs its payload plus
    /// `message_overhead`; a paged one only `paged_overhead` (SPEC §5).
    public var brokerMemory: Int64 { Self.memory(of: queues, config.broker) }

    /// `brokerMemory` as a static function: the periodic checks call it from mutating paths,
    /// where a getter on the world would copy the whole world first.
    static func memory(of queues: [QueueState], _ b: BrokerConfig) -> Int64 {
        var total = 0.0
        for q in queues {
            let ram = q.readyCount - q.pagedCount
            let ramBytes = q.readyCount > 0 ? Double(q.readyBytes) * Double(ram) / Double(q.readyCount) : 0
            total += Double(ram * b.messageOverhead) + ramBytes + Double(q.pagedCount * b.pagedOverhead)
            total += Double(q.unacked * b.messageOverhead) + Double(q.unackedBytes)
        }
        return Int64(total)
    }

    /// Keeps the periodic memory check and paging running while the broker holds messages.
    mutating func ensureMemoryTicks() {
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

    /// The alarm is evaluated only every `memory_check`, so memory overshoots the watermark (rule f).
    mutating func memoryCheck() {
        let mem = Self.memory(of: queues, config.broker)
        broker.memoryPeak = max(broker.memoryPeak, mem)
        let b = config.broker
        if broker.up && mem > b.memory {
            broker.oomKills += 1
            log(.bad, "broker used \(formatBytes(mem)) of \(formatBytes(b.memory)): the OS killed it (OOM); restarting")
            restartBroker(downtime: .secs(1))
        } else if broker.up {
            let watermark = Double(b.memory) * b.highWatermark
            if !broker.alarm && Double(mem) > watermark {
                broker.alarm = true
                broker.alarmSince = now
                log(.bad, "memory alarm: \(formatBytes(mem)) above the watermark \(formatBytes(Int64(watermark))); publishers blocked")
            } else if broker.alarm && Double(mem) < watermark {
                clearAlarm()
            }
        }
        if Self.holdMessages(queues) || broker.alarm {
            schedule(.memoryCheck, at: now + b.memoryCheck)
        } else {
            broker.memoryCheckScheduled = false
        }
    }

    mutating func clearAlarm() {
        guard broker.alarm else { return }
        broker.alarm = false
        broker.alarmMicros += (now - broker.alarmSince).micros
        log(.good, "memory alarm cleared: publishers resume")
        releaseHeld()
    }

    /// Publishes, in order, what producers held while blocked or while the broker was down.
    mutating func releaseHeld() {
        for p in producers.indices {
            if let since = producers[p].blockedSince {
                producers[p].blockedMicros += (now - since).micros
                producers[p].blockedSince = nil
            }
            while broker.up && !broker.alarm, let run = producers[p].held.popFirst() {
                producers[p].heldCount -= run.count
                publishFromProducer(p, run)
            }
        }
    }

    /// Above `high_watermark × paging_ratio`, queues page their newest ready messages to disk
    /// at up to `page_rate`.
    mutating func pagingTick() {
        let b = config.broker
        let mem = Self.memory(of: queues, config.broker)
        broker.memoryPeak = max(broker.memoryPeak, mem)
        let threshold = Double(b.memory) * b.highWatermark * b.pagingRatio
        if Double(mem) > threshold {
            var budget = saturating(b.pageRate * Self.pagingInterval.seconds)
            for q in queues.indices where budget > 0 {
                let n = min(budget, queues[q].readyCount - queues[q].pagedCount)
                queues[q].pagedCount += n
                budget -= n
            }
        }
        if Self.holdMessages(queues) { schedule(.pagingTick, at: now + Self.pagingInterval) } else { broker.pagingScheduled = false }
    }

    /// `broker: restart`, or the OS killing it: durable classic queues keep persistent messages,
    /// quorum queues keep everything, non-durable queues lose everything (rule h).
    mutating func restartBroker(downtime: SimDuration) {
        broker.restarts += 1
        clearAlarmSilently()
        for w in workers.indices where workers[w].subscribed { dropConnection(w) }
        broker.up = false
        broker.generation &+= 1
        var lostTotal: Int64 = 0
        for q in queues.indices {
            let cfg = config.queues[q]
            let lost: Int64
            if cfg.kind == .quorum {
                lost = 0
            } else if !cfg.durable {
                lost = queues[q].removeAll().count
            } else {
                lost = queues[q].removeReady { !$0.flags.contains(.persistent) }
            }
            queues[q].counters.lost += lost
            lostTotal += lost
        }
        log(.bad, "broker restarting (down \(downtime)): \(lostTotal) \(plural(lostTotal, "message")) lost with transient queues or messages")
        schedule(.brokerUp(generation: broker.generation), at: now + downtime)
    }

    mutating func clearAlarmSilently() {
        guard broker.alarm else { return }
        broker.alarm = false
        broker.alarmMicros += (now - broker.alarmSince).micros
    }

    mutating func brokerUp(generation: UInt32) {
        guard generation == broker.generation, !broker.up else { return }
        broker.up = true
        log(.good, "broker back up: consumers subscribe again")
        for w in workers.indices where workers[w].alive && !workers[w].retired {
            workerStart(w, generation: workers[w].generation)
        }
        releaseHeld()
        for q in queues.indices { dispatch(q) }
    }
}

/// `1.5 GB`, `700 B`: sizes for the event feed, in powers of 1024 like the scenario units.
public func formatBytes(_ n: Int64) -> String {
    let units = ["B", "KB", "MB", "GB", "TB"]
    var v = Double(n), i = 0
    while v >= 1024 && i < units.count - 1 { v /= 1024; i += 1 }
    if i == 0 { return "\(n) B" }
    let tenths = (v * 10).rounded() / 10
    return "\(tenths.truncatingRemainder(dividingBy: 1) == 0 ? String(Int(tenths)) : String(tenths)) \(units[i])"
}
