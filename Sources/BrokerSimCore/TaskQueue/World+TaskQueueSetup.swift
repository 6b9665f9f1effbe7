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
        // Keys and patterns are split into words once: exchanges × keys × bindings matches run here.
        let keyWords = routingKeys.map { $0.split(separator: ".", omittingEmptySubsequences: false) }
        routes = config.exchanges.map { ex in
            if ex.kind == .fanout {
                // One list shared by every key (copy-on-write), not a copy per key.
                let all = Self.route(ex, patterns: [], key: "", words: [])
                return Array(repeating: all, count: routingKeys.count)
            }
            let patterns = ex.bindings.map { $0.key.split(separator: ".", omittingEmptySubsequences: false) }
            return routingKeys.indices.map { Self.route(ex, patterns: patterns, key: routingKeys[$0], words: keyWords[$0]) }
        }
        setUpKeyOrder()
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
        w.plainFinish = poolParams[p].plainFinish
        workers.append(w)
        pools[p].append(id)
        let at = max(now, .zero + cfg.start)
        if at == now && now == .zero {
            // Workers that start at 0 subscribe before the t=0 backlog (docs/scenarios.md).
            workerStart(Int(id), generation: 0)
        } else {
            schedule(.workerStart(worker: id, generation: 0), at: at)
        }
    }

    /// Queues an exchange delivers a routing key to, in binding order without repeats.
    /// `patterns` are the bindings' keys split into words (topic exchanges), `words` the key's.
    static func route(_ ex: ExchangeConfig, patterns: [[Substring]], key: String, words: [Substring]) -> [Int32] {
        var out: [Int32] = []
        var seen = Set<Int32>()
        for (i, b) in ex.bindings.enumerated() {
            let hit: Bool
            switch ex.kind {
            case .fanout: hit = true
            case .direct: hit = b.key == key
            case .topic: hit = topicMatches(patterns[i], words)
            }
            if hit && seen.insert(Int32(b.queue)).inserted { out.append(Int32(b.queue)) }
        }
        return out
    }

    /// AMQP topic matching: words split on `.`, `*` one word, `#` zero or more.
    /// Dynamic programming over (pattern word, key word): linear in their product, where
    /// backtracking on `#` was exponential in the number of `#` words.
    public static func topicMatches(pattern: String, key: String) -> Bool {
        topicMatches(pattern.split(separator: ".", omittingEmptySubsequences: false),
                     key.split(separator: ".", omittingEmptySubsequences: false))
    }

    static func topicMatches(_ p: [Substring], _ k: [Substring]) -> Bool {
        // A pattern without '#' matches only a key of as many words: the common case, no table.
        if p.count != k.count && !p.contains("#") { return false }
        // Literal words before the first wildcard must open the key: most keys fail here, no table.
        var lead = 0
        while lead < p.count && p[lead] != "#" && p[lead] != "*" {
            guard lead < k.count && p[lead] == k[lead] else { return false }
            lead += 1
        }
        if lead == p.count { return lead == k.count }
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
