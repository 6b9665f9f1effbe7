extension World {
    /// Gives every queue a keyed producer reaches (directly or through an exchange) its key table.
    mutating func setUpKeyOrder() {
        keyOrders = Array(repeating: nil, count: config.queues.count)
        for (p, producer) in config.producers.enumerated() where producer.key != .none {
            let targets: [Int32]
            switch producer.target {
            case .queue(let q): targets = [Int32(q)]
            case .exchange(let e, let key): targets = routes[e][Int(internKeyKnown(key))]
            default: continue
            }
            for q in targets.map(Int.init) {
                if keyOrders[q] == nil {
                    keyOrders[q] = KeyOrder(salt: config.seed ^ (UInt64(q) &* 0x9E37_79B9_7F4A_7C15))
                    queueParams[q].keyed = true
                }
                keyOrders[q]!.add(producer: p, space: producer.key)
            }
        }
    }

    /// A message finished successfully: the first time, it is checked against its key's order.
    @inline(__always)
    mutating func noteProcessedInOrder(_ q: Int, _ m: MessageRun) {
        guard queueParams[q].keyed, !m.succeeded else { return }
        keyOrders[q]!.processed(seq: m.firstSeq, source: m.source)
    }

    /// `single_active_consumer`: everything goes to the first consumer in subscription order, up
    /// to its prefetch; the others stand by. Returns false when it has no credit left.
    mutating func dispatchSingleActive(_ q: Int) -> Bool {
        guard let first = queues[q].consumers.first else { return false }
        let w = Int(first)
        if queues[q].activeConsumer != first {
            let before = queues[q].activeConsumer
            queues[q].activeConsumer = first
            if before >= 0 {
                log(.info, "\(workerName(w)) is now the single active consumer of \(config.queues[q].name)")
            }
        }
        let room = credit(w)
        guard room > 0, let head = queues[q].head else { return false }
        let n = queueParams[q].deliveryGap == nil ? min(room, head.count) : 1
        guard let m = queues[q].popFront(n) else { return false }
        deliver(m, to: w, from: q)
        return true
    }
}
