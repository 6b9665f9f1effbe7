import BrokerSimCore
import Foundation

/// One worker instance on its own thread and its own connection, as a real consumer process
/// would be: basic.qos with the pool's prefetch, basic.consume, and for each delivery the work
/// time drawn from the pool's distribution, then the ack (or the reject of a failed message).
struct WorkerThread: Sendable {
    var slot: Int
    var plan: DrivePlan
    var login: AMQPLogin
    var board: DriveBoard
    var clock: DriveClock

    static func start(_ w: WorkerThread) {
        let t = Thread { w.run() }
        t.name = w.plan.slots[w.slot].name
        t.start()
    }

    func run() {
        let s = plan.slots[slot], pool = plan.config.workers[s.pool]
        let queue = plan.queueIndex(ofPool: s.pool)
        // One stream per instance (the simulation draws a pool's times from one stream in event
        // order; with real threads that order is the scheduler's, so each instance has its own;
        // a restarted instance begins its stream again).
        var rng = SplitMix64(seed: plan.seed, stream: "drive-worker:" + s.name)
        let conn: AMQPConnection
        do {
            conn = try AMQPConnection(login)
            try conn.consume(plan.queueName(queue), prefetch: pool.prefetch, autoAck: pool.ack == .auto)
        } catch {
            board.fail("\(s.name): \(error.message)")
            board.state.withLock { $0.workers[slot].connected = false }
            return
        }
        board.state.withLock { $0.workers[slot].connected = true; $0.workers[slot].subscribed = true }
        defer {
            board.state.withLock { $0.workers[slot].connected = false; $0.workers[slot].subscribed = false; $0.workers[slot].held = 0 }
        }
        while true {
            var order = board.state.withLock { $0.orders[slot] }
            var delivery: AMQPConnection.Delivery?
            do { delivery = try conn.nextDelivery(timeoutMillis: 20) } catch {
                board.fail("\(s.name): \(error.message)")
                conn.close(polite: false)
                return
            }
            // A crash due now takes the instance down holding what it was just given, as a
            // process killed mid-message would; an idle one goes down holding nothing.
            if order != .run && delivery == nil { return down(conn, order) }
            guard let d = delivery else { continue }
            let factor = board.state.withLock { b -> Double in
                b.workers[slot].delivered += 1
                if d.redelivered { b.workers[slot].redelivered += 1 }
                if pool.ack == .manual { b.workers[slot].held += 1 }
                return b.slow[slot]
            }
            if order != .run { return down(conn, order) }
            let workMicros = pool.work.sample(&rng) * factor / plan.speed
            let began = clock.nanos()
            order = sleep(micros: workMicros)
            if order != .run { return down(conn, order) }
            if pool.ackDelay.micros > 0 { order = sleep(micros: Double(pool.ackDelay.micros) / plan.speed) }
            if order != .run {
                // Done but not acked: the broker hands it out again and it is processed twice.
                board.state.withLock { $0.queues[queue].duplicates += 1 }
                return down(conn, order)
            }
            // As the simulation: a poison message fails every time, others fail at the pool's share.
            let failed = d.header?.poison == true || (pool.fail > 0 && rng.unit() < pool.fail)
            do {
                if pool.ack == .manual {
                    if failed { try conn.reject(d.tag, requeue: pool.onFail == .requeue) } else { try conn.ack(d.tag) }
                }
            } catch {
                board.fail("\(s.name): \(error.message)")
                conn.close(polite: false)
                return
            }
            let now = clock.nanos()
            board.state.withLock { b in
                b.workers[slot].busyNanos += now - began
                b.workers[slot].processed += 1
                if pool.ack == .manual { b.workers[slot].held -= 1 }
                b.lastSettleNanos = max(b.lastSettleNanos, now)
                if failed && pool.ack == .manual {
                    b.queues[queue].rejected += 1
                    if pool.onFail == .requeue { b.workers[slot].requeued += 1 } else {
                        b.workers[slot].rejected += 1
                        b.queues[queue].rejectedOut += 1
                    }
                } else if failed {
                    // Auto-ack: the broker forgot it on delivery, so a failure cannot go back.
                    b.queues[queue].failedAuto += 1
                } else {
                    b.workers[slot].acked += 1
                    b.queues[queue].acked += 1
                    if let h = d.header, now > h.publishedNanos {
                        let micros = Double(now - h.publishedNanos) / 1000 * plan.speed
                        b.queues[queue].latency.record(SimDuration(micros: Int64(micros.rounded())))
                    }
                }
            }
        }
    }

    /// Waits out a work time in slices, so that a crash ordered meanwhile lands mid-message.
    func sleep(micros: Double) -> DriveBoard.Order {
        let end = clock.nanos() + UInt64(max(0, micros) * 1000)
        while true {
            let order = board.state.withLock { $0.orders[slot] }
            if order != .run { return order }
            let now = clock.nanos()
            if now >= end { return .run }
            Thread.sleep(forTimeInterval: min(Double(end - now) / 1e9, 0.005))
        }
    }

    /// Closes the channel with its deliveries unacked: the broker puts them back in ready,
    /// flagged redelivered.
    func down(_ conn: AMQPConnection, _ order: DriveBoard.Order) {
        conn.close(polite: true)
        board.state.withLock { b in
            if order == .crash { b.workers[slot].crashes += 1 }
            b.workers[slot].held = 0
        }
    }
}
