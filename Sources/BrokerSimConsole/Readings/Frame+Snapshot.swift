import BrokerSimUnits
import BrokerSimSnapshot

extension Frame {
    /// Reads a real broker's recent snapshots into a frame: each queue with its depth against
    /// `max-length`, depth sparkline, rates, totals and notes (type, dead-letter target, delivery
    /// limit, drain estimate); its consumers as workers (and those gone holding messages); the
    /// fullest node's memory against its watermark; blocked connections as blocked publishers;
    /// topics and groups (`streamReadings`).
    ///
    /// - Parameters:
    ///   - status: the live source's read status (nil for a recording): stale values say so in the header.
    ///   - now: wall-clock ms since the epoch, for staleness.
    public init(history h: SnapshotHistory, status: ReadStatus?, now: Int64, replay: Bool = false) {
        let last = h.latest ?? Snapshot(source: "", readAt: now)
        let start = h.firstReadAt ?? last.readAt
        var queues: [QueueReading] = []
        var workers: [WorkerReading] = []
        for q in last.queues {
            let rates = h.rates(q.name)
            var reading = QueueReading(
                name: q.name, ready: q.ready, unacked: q.unacked, limit: q.maxLength, inRate: rates.inRate,
                outRate: rates.outRate, redelivered: q.redelivered ?? 0, published: q.published ?? 0, acked: q.acked ?? 0,
                depthHistory: h.depthSeries(q.name))
            reading.lossKnown = false
            reading.notes = [rates.redeliverRate > 0 ? "redelivered \(CompactNumber.rate(rates.redeliverRate))" : nil,
                             h.drain(q.name).text, q.type == "classic" ? nil : q.type,
                             q.deadLetterTarget.map { "dead letters → \($0)" }, q.deliveryLimit.map { "delivery limit \($0)" },
                             q.state == "running" ? nil : q.state.uppercased()].compactMap { $0 }
            queues.append(reading)
            // Consumers by name and tag, under their queue by its name: a queue or consumer that
            // appears or vanishes between reads moves nothing else.
            let mine = last.consumers.filter { $0.queue == q.name }
            for (i, c) in mine.enumerated() {
                var w = WorkerReading(
                    name: c.name, id: c.key, pool: q.name, index: i, queue: q.name, status: c.unacked > 0 ? .busy : .idle,
                    held: c.unacked, prefetch: c.prefetch, processed: c.acked ?? 0, autoAck: !c.ackRequired)
                w.ackRate = h.ackRate(c)
                workers.append(w)
            }
            for (i, g) in h.gone.filter({ $0.consumer.queue == q.name }).enumerated() {
                workers.append(WorkerReading(name: g.consumer.name, id: g.consumer.key, pool: q.name, index: mine.count + i,
                                             queue: q.name, status: .gone, held: g.consumer.unacked,
                                             prefetch: g.consumer.prefetch, processed: g.consumer.acked ?? 0))
            }
        }
        let blocked = last.blockedConnections
        let producers = blocked.map { ProducerReading(name: $0.name, target: "", rate: 0, blocked: true) }
        // The node nearest its watermark speaks for the broker; any alarm shows.
        let node = last.nodes.max {
            Double($0.memoryUsed) / Double(max(1, $0.memoryLimit)) < Double($1.memoryUsed) / Double(max(1, $1.memoryLimit))
        }
        var broker = node.map {
            BrokerReading(memory: $0.memoryUsed, capacity: 0, watermark: $0.memoryLimit,
                          alarm: last.nodes.contains(where: \.memoryAlarm), up: last.nodes.allSatisfy(\.running),
                          blockedPublishers: blocked.count)
        }
        broker?.diskAlarm = last.nodes.contains(where: \.diskAlarm)
        let stream = Self.streamReadings(h, last)
        self.init(title: last.source, about: "", now: SimTime(micros: (last.readAt - start) * 1000), queues: queues,
                  workers: workers, pools: last.queues.map(\.name), broker: broker, producers: producers,
                  topics: stream.topics, groups: stream.groups, feed: LiveFeed.lines(h, now: now, status: status))
        let phase: LiveHeader.Phase = replay ? .replay : status?.staleText(now: now).map { .stale($0) } ?? .live
        live = LiveHeader(phase: phase, clock: LiveFeed.clock(last.readAt))
    }
}
