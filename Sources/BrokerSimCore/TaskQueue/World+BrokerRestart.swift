extension World {
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
            // What survives is read back from disk: it comes back paged, costing only its index entry.
            queues[q].pagedCount = queues[q].readyCount
            broker.memoryBoundValid = false
        }
        broker.paging = false
        log(.bad, "broker restarting (down \(downtime)): \(groupedCount(lostTotal)) \(plural(lostTotal, "message")) lost with transient queues or messages")
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

