extension World {
    mutating func setUpTaskQueue() {
        queues = Array(repeating: QueueState(), count: config.queues.count)
        queueParams = config.queues.map { QueueParams($0, rateLimit: config.broker.queueRateLimit) }
        poolParams = config.workers.map(PoolParams.init)
        for (p, pool) in config.workers.enumerated() {
            poolRNG.append(SplitMix64(seed: config.seed, stream: "worker:" + pool.name))
            pools.append([])
            for _ in 0..<pool.count { addWorker(pool: p) }
        }
        for q in config.queues { internKey(q.name) }
        for p in config.producers { if case .exchange(_, let key) = p.target { internKey(key) } }
        for q in config.queues { if case .exchange(_, let key)? = q.deadLetter { internKey(key) } }
        routes = config.exchanges.map { ex in routingKeys.map { key in Self.route(ex, key: key) } }
    }

    static let pagingInterval = SimDuration.millis(100)

    @discardableResult
    mutating func internKey(_ key: String) -> Int32 {
        if let i = routingKeys.firstIndex(of: key) { return Int32(i) }
        routingKeys.append(key)
        return Int32(routingKeys.count - 1)
    }

    /// Adds the next instance of a pool; it subscribes at its pool's `start`.
    mutating func addWorker(pool p: Int) {
        let cfg = config.workers[p]
        let id = Int32(workers.count)
        var w = WorkerState(pool: Int32(p), number: Int32(pools[p].count + 1), queue: Int32(cfg.queue))
        w.alive = true
        w.creditLimit = poolParams[p].unlimited ? .max : poolParams[p].prefetch
        w.autoAck = poolParams[p].auto
        workers.append(w)
        pools[p].append(id)
        let at = max(now, .zero + cfg.start)
        if at == now && now == .zero {
            // Workers that start at 0 subscribe before the t=0 backlog (SPEC §3).
            workerStart(Int(id), generation: 0)
        } else {
            schedule(.workerStart(worker: id, generation: 0), at: at)
        }
    }

    /// Queues an exchange delivers a routing key to, in binding order without repeats.
    static func route(_ ex: ExchangeConfig, key: String) -> [Int32] {
        var out: [Int32] = []
        for b in ex.bindings {
            let hit: Bool
            switch ex.kind {
            case .fanout: hit = true
            case .direct: hit = b.key == key
            case .topic: hit = topicMatches(pattern: b.key, key: key)
            }
            if hit && !out.contains(Int32(b.queue)) { out.append(Int32(b.queue)) }
        }
        return out
    }

    /// AMQP topic matching: words split on `.`, `*` one word, `#` zero or more.
    /// Dynamic programming over (pattern word, key word): linear in their product, where
    /// backtracking on `#` was exponential in the number of `#` words.
    public static func topicMatches(pattern: String, key: String) -> Bool {
        let p = pattern.split(separator: ".", omittingEmptySubsequences: false)
        let k = key.split(separator: ".", omittingEmptySubsequences: false)
        // row[j]: the pattern words so far match the first j key words.
        var row = [Bool](repeating: false, count: k.count + 1)
        row[0] = true
        for word in p {
            var next = [Bool](repeating: false, count: k.count + 1)
            if word == "#" {
                var any = false
                for j in 0...k.count { any = any || row[j]; next[j] = any }
            } else {
                for j in 0..<k.count where row[j] && (word == "*" || word == k[j]) { next[j + 1] = true }
            }
            row = next
        }
        return row[k.count]
    }

    /// The instance name of a worker (`mailer-3`).
    public func workerName(_ w: Int) -> String {
        "\(config.workers[Int(workers[w].pool)].name)-\(workers[w].number)"
    }
}
