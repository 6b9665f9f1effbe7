import BrokerSimConsole
import BrokerSimCore

extension Frame {
    /// Reads a world (and the samples taken of it) into a frame.
    ///
    /// Every side the scenario has: task queues, streams, synchronous services,
    /// producers, the feed and the newest narration.
    public init(world w: World, history h: History, title: String, about: String = "", variant: String? = nil,
                expectations: [ExpectationLine] = [], finished: Bool = false) {
        let cfg = w.config
        var queues: [QueueReading] = []
        for q in cfg.queues.indices {
            let s = w.queues[q], c = s.counters
            // Rates and the depth sparkline from the world's snapshots, as a watched broker's are.
            let rates = h.queueRates(w, q)
            queues.append(QueueReading(
                name: cfg.queues[q].name, ready: s.readyCount, unacked: s.unacked, limit: cfg.queues[q].maxLength,
                inRate: rates.inRate, outRate: rates.outRate,
                deadLettered: c.deadLettered, discarded: c.discarded, lost: c.lost, redelivered: c.redelivered,
                published: c.published, acked: c.acked, duplicates: c.duplicates, depthHistory: h.depth(cfg.queues[q].name)))
            queues[q].cluster = Frame.queueCluster(w, q)
            queues[q].tape = Frame.queueTape(w, q)
            // The drain estimate a watched broker's queue shows, from the same history call
            // (a stream keeps what it delivered: nothing drains it but retention).
            if queues[q].tape == nil, let drain = h.drain(w, q).text { queues[q].notes = [drain] }
            // Only where a customer waits on it: a percentile walks the histogram, and a frame
            // of a hundred queues should not pay for numbers nobody asked for.
            if cfg.producers.contains(where: { $0.customers != nil && $0.target == .queue(q) }) {
                queues[q].latencyP99 = s.latency.percentileSeconds(99)
            }
            queues[q].outOfOrder = w.keyOrders[q]?.outOfOrder
        }
        var workers: [WorkerReading] = []
        for (p, ids) in w.pools.enumerated() {
            for (i, id) in ids.enumerated() {
                let s = w.workers[Int(id)]
                workers.append(WorkerReading(
                    name: "\(cfg.workers[p].name)-\(s.number)", pool: cfg.workers[p].name, index: i, queue: cfg.queues[Int(s.queue)].name,
                    status: WorkerReading.Status(rawValue: w.workerStatus(Int(id)).rawValue) ?? .idle,
                    held: s.unacked, prefetch: cfg.workers[p].prefetch, processed: s.processed, autoAck: s.autoAck))
            }
        }
        let producers = cfg.producers.indices.map { p in
            var r = ProducerReading(name: cfg.producers[p].name, target: Frame.targetName(cfg.producers[p].target, cfg),
                                    rate: w.producers[p].rate, sent: w.producers[p].sent - w.producers[p].heldCount,
                                    blocked: w.producers[p].blockedSince != nil, toStream: Frame.isStream(cfg.producers[p].target),
                                    calls: w.isCaller(p), held: w.producers[p].heldCount)
            let s = w.producers[p]
            r.customers = cfg.producers[p].customers
            r.published = s.published
            r.refused = s.refused
            r.blockedSeconds = w.blockedSeconds(p)
            Frame.addReplicationLosses(&r, w, p)
            return r
        }
        var broker: BrokerReading?
        if cfg.usesTaskQueue {
            let b = cfg.broker
            broker = BrokerReading(memory: w.brokerMemory, capacity: b.memory,
                                   watermark: Int64(Double(b.memory) * b.highWatermark), alarm: w.broker.alarm,
                                   up: w.broker.up, blockedPublishers: producers.filter(\.blocked).count,
                                   checkEvery: b.memoryCheck)
            broker?.nodes = w.cluster.nodes.indices.map { .init(name: w.rabbitNodeName($0), up: w.cluster.nodes[$0].up) }
        }
        let stream = Frame.streamReadings(w, h)
        let says = w.transcript.filter { $0.kind == .say }
        let caption = says.last.map { Caption(time: ClockText.clock($0.at), text: $0.text) }
        let feed = Frame.feed(w, says: says.dropLast())
        self.init(title: title, about: about, seed: cfg.seed, variant: variant, now: w.now, queues: queues, workers: workers,
                  pools: cfg.workers.map(\.name), broker: broker, producers: producers, topics: stream.topics,
                  groups: stream.groups, feed: feed, caption: caption, expectations: expectations, finished: finished)
        (services, callers) = Frame.syncReadings(w, h)
    }

    /// The world's feed with earlier `say:` narration merged in by time (feed
    /// first at equal times: what happened, then what it means); the newest
    /// narration is the caption instead.
    static func feed(_ w: World, says all: ArraySlice<TranscriptEntry>) -> [FeedLine] {
        let events = w.feed.suffix(feedLines)
        let says = all.suffix(feedLines)
        var out: [FeedLine] = []
        var i = events.startIndex, j = says.startIndex
        while i < events.endIndex || j < says.endIndex {
            if j == says.endIndex || (i < events.endIndex && events[i].at <= says[j].at) {
                out.append(FeedLine(events[i]))
                i += 1
            } else {
                out.append(FeedLine(time: ClockText.clock(says[j].at), text: says[j].text, role: .info, wrap: true))
                j += 1
            }
        }
        return Array(out.suffix(feedLines))
    }

    static func targetName(_ t: ProducerTarget, _ cfg: WorldConfig) -> String {
        switch t {
        case .queue(let q): return cfg.queues[q].name
        case .exchange(let e, _): return cfg.exchanges[e].name
        case .topic(let t): return cfg.topics[t].name
        case .service(let s): return cfg.services[s].name
        }
    }

    static func isStream(_ t: ProducerTarget) -> Bool {
        if case .topic = t { return true }
        return false
    }
}
