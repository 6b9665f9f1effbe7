import BrokerSimCore
import Yams

extension Lowerer {
    mutating func lowerBroker(_ root: Fields) -> BrokerConfig {
        var broker = BrokerConfig()
        guard let node = root["broker"], let f = fields(node, of: "'broker'", allowed: [
            "memory", "high_watermark", "paging_ratio", "page_rate", "message_overhead", "paged_overhead",
            "memory_check", "queue_rate_limit",
        ] + Lowerer.brokerClusterKeys) else { return broker }
        lowerBrokerCluster(f, &broker)
        if let v = value(f, "memory", Units.size) {
            if v > 0 { broker.memory = v } else { error(f["memory"]!, "'memory' must be greater than 0") }
        }
        if let v = value(f, "high_watermark", Units.share) { broker.highWatermark = v }
        if let v = value(f, "paging_ratio", Units.share) { broker.pagingRatio = v }
        if let v = value(f, "page_rate", Units.rate) { broker.pageRate = v }
        if let v = value(f, "message_overhead", Units.size) { broker.messageOverhead = v }
        if let v = value(f, "paged_overhead", Units.size) { broker.pagedOverhead = v }
        if let v = positiveDuration(f, "memory_check"), atLeast(f, "memory_check", v, Limits.shortestPeriod) {
            broker.memoryCheck = v
        }
        if let v = value(f, "queue_rate_limit", Units.rate) { broker.queueRateLimit = v }
        return broker
    }

    mutating func lowerQueues(_ root: Fields) -> [QueueConfig] {
        declarations(root, "queues", kind: .queue, allowed: [
            "type", "durable", "max_length", "overflow", "message_ttl", "dead_letter", "delivery_limit",
            "single_active_consumer", "node",
        ] + Lowerer.streamQueueKeys).map { name, _, f in
            var q = QueueConfig(name: name)
            if let v = choice(f, "type", QueueKind.self, [.classic, .quorum, .stream]) { q.kind = v }
            if let v = value(f, "durable", Units.bool) { q.durable = v }
            q.maxLength = value(f, "max_length", Units.count)
            if let v = choice(f, "overflow", Overflow.self, [.dropHead, .rejectPublish, .rejectPublishDLX]) { q.overflow = v }
            q.messageTTL = value(f, "message_ttl", Units.duration)
            if let node = f["dead_letter"] { q.deadLetter = destination(node, "dead_letter") }
            if let v = value(f, "single_active_consumer", Units.bool) { q.singleActiveConsumer = v }
            if let node = f["delivery_limit"] {
                if q.kind == .quorum {
                    q.deliveryLimit = value(node, "delivery_limit", Units.count).map { Int($0) }
                } else {
                    error(f.keyNode("delivery_limit")!, "'delivery_limit' applies to quorum queues only; queue '\(name)' is \(q.kind.rawValue)")
                }
            }
            lowerQueueNode(f, &q)
            lowerStreamQueue(f, &q)
            return q
        }
    }

    /// A queue or an exchange (with an empty routing key) as a publish or dead-letter target.
    mutating func destination(_ node: Node, _ key: String) -> Destination? {
        guard let entity = resolve(node, key, kinds: [.queue, .exchange]) else { return nil }
        return entity.kind == .queue ? .queue(entity.index) : .exchange(entity.index, routingKey: "")
    }

    mutating func lowerExchanges(_ root: Fields) -> [ExchangeConfig] {
        declarations(root, "exchanges", kind: .exchange, allowed: ["type", "bind"]).map { name, _, f in
            let what = "exchange '\(name)'"
            var x = ExchangeConfig(name: name, kind: .fanout)
            if require(f, "type", in: what) != nil, let kind = choice(f, "type", ExchangeKind.self, [.direct, .fanout, .topic]) {
                x.kind = kind
            }
            guard let bind = f["bind"] else { return x }
            guard case .sequence(let list) = bind else {
                error(bind, "'bind' must be a list, found \(bind.kindDescription)")
                return x
            }
            for item in list {
                if case .scalar = item {
                    guard x.kind == .fanout else {
                        error(item, "a \(x.kind.rawValue) exchange binds with a key: {queue: NAME, key: PATTERN}")
                        continue
                    }
                    if let q = resolve(item, "bind", kinds: [.queue]) { x.bindings.append(BindingConfig(queue: q.index)) }
                } else if let b = fields(item, of: "a binding of \(what)", allowed: ["queue", "key"]) {
                    guard let queueNode = require(b, "queue", in: "a binding"),
                          let q = resolve(queueNode, "queue", kinds: [.queue]) else { continue }
                    let key = b["key"].flatMap { text($0, "key") } ?? ""
                    x.bindings.append(BindingConfig(queue: q.index, key: key))
                }
            }
            bindingCount += Int64(x.bindings.count)
            if bindingCount > Limits.bindings && bindingCount - Int64(x.bindings.count) <= Limits.bindings {
                error(bind, Limits.tooMany("bind", bindingCount, "bindings in the file", Limits.bindings))
            }
            return x
        }
    }

    mutating func lowerWorkers(_ root: Fields) -> [WorkerPoolConfig] {
        declarations(root, "workers", kind: .workerPool, allowed: [
            "queue", "count", "prefetch", "work", "rate", "ack", "ack_delay", "fail", "on_fail", "start",
        ] + Lowerer.streamWorkerKeys).map { name, _, f in
            let what = "worker pool '\(name)'"
            var w = WorkerPoolConfig(name: name, queue: 0)
            if let node = require(f, "queue", in: what), let q = resolve(node, "queue", kinds: [.queue]) { w.queue = q.index }
            if let v = count(f, "count", atLeast: 1, atMost: Limits.instances, "workers") { w.count = Int(v) }
            if let v = count(f, "prefetch", atLeast: 0, atMost: Limits.prefetch, "messages") { w.prefetch = Int(v) }
            if let v = work(f, in: what) { w.work = v }
            if let v = choice(f, "ack", AckMode.self, [.manual, .auto]) { w.ack = v }
            if let v = value(f, "ack_delay", Units.duration) { w.ackDelay = v }
            if let v = value(f, "fail", Units.share) { w.fail = v }
            if let v = choice(f, "on_fail", QueueFailAction.self, [.requeue, .deadLetter]) { w.onFail = v }
            if let v = value(f, "start", Units.duration) { w.start = v }
            lowerStreamWorker(f, &w)
            noteInstances(name, w.count, at: f["count"] ?? f.owner)
            return w
        }
    }

    /// Records the instance count a pool, group or service reaches, for checking `NAME-N` references
    /// and the limit on instances in the whole file (reported once, at the count that passes it).
    mutating func noteInstances(_ name: String, _ count: Int, at node: Node? = nil) {
        let old = maxInstances[name] ?? 0
        guard count > old else { return }
        maxInstances[name] = count
        let before = totalInstances
        totalInstances += Int64(count - old)
        if let node, before <= Limits.instances, totalInstances > Limits.instances {
            error(node, "this brings the file to \(totalInstances) instances (workers, consumers and service "
                  + "instances, counting scale-ups), more than the \(Limits.spelled(Limits.instances)) brokersim can simulate")
        }
    }
}
