import BrokerSimCore
import Yams

extension Lowerer {
    mutating func lowerServices(_ root: Fields) -> [ServiceConfig] {
        declarations(root, "services", kind: .service, allowed: ["count", "work", "concurrency"]).map { name, _, f in
            var s = ServiceConfig(name: name)
            if let v = count(f, "count", atLeast: 1, atMost: Limits.instances, "instances") { s.count = Int(v) }
            if let v = value(f, "work", { Units.distribution($0, .duration) }) { s.work = v }
            if let v = count(f, "concurrency", atLeast: 1, atMost: Limits.instances, "calls at once") { s.concurrency = Int(v) }
            noteInstances(name, s.count, at: f["count"] ?? f.owner)
            if Int64(s.count) * Int64(s.concurrency) > Limits.instances, let node = f["concurrency"] ?? f["count"] {
                error(node, "count × concurrency: \(Int64(s.count) * Int64(s.concurrency)) calls in service at once "
                      + "is more than the \(Limits.spelled(Limits.instances)) brokersim can simulate")
            }
            return s
        }
    }

    mutating func lowerProducers(_ root: Fields) -> [ProducerConfig] {
        declarations(root, "producers", kind: .producer, allowed: [
            "to", "call", "routing_key", "backlog", "rate", "arrivals", "size", "key", "poison", "confirm",
            "persistent", "timeout", "customers", "acks", "tombstones",
        ]).map { name, key, f in
            let what = "producer '\(name)'"
            var p = ProducerConfig(name: name, target: .queue(0))
            switch (f["to"], f["call"]) {
            case (nil, nil):
                error(key, "\(what) needs 'to' (a queue, exchange or topic) or 'call' (a service)")
            case (.some, .some):
                error(f.keyNode("call")!, "\(what) has both 'to' and 'call': give one")
            case (let to?, nil):
                if let target = resolve(to, "to", kinds: [.queue, .exchange, .topic]) {
                    let routingKey = f["routing_key"].flatMap { text($0, "routing_key") } ?? ""
                    switch target.kind {
                    case .queue: p.target = .queue(target.index)
                    case .exchange: p.target = .exchange(target.index, routingKey: routingKey)
                    default: p.target = .topic(target.index)
                    }
                    if target.kind != .exchange, f.has("routing_key") {
                        error(f.keyNode("routing_key")!, "'routing_key' applies only to a producer that publishes to an exchange")
                    }
                }
            case (nil, let call?):
                if let service = resolve(call, "call", kinds: [.service]) { p.target = .service(service.index) }
            }
            if let node = f["backlog"], let v = value(node, "backlog", Units.count) {
                let calls = f.has("call")
                if within(node, "backlog", v, calls ? Limits.calls : Limits.backlog, calls ? "calls" : "messages") { p.backlog = v }
            }
            if let v = value(f, "rate", Units.rate) { p.rate = v }
            if let v = choice(f, "arrivals", ArrivalProcess.self, [.poisson, .uniform]) { p.arrivals = v }
            if let node = f["size"], let v = value(node, "size", { Units.distribution($0, .size) }) {
                if v.mean <= Limits.messageBytes {
                    p.size = v
                } else {
                    error(node, "size: a message of \(Units.spelledBytes(v.mean)) on average is more than the 512 MB brokersim can simulate")
                }
            }
            if let v = value(f, "key", Units.keySpace) { p.key = v }
            if let v = value(f, "poison", Units.poison) { p.poison = v }
            if let v = value(f, "confirm", Units.bool) { p.confirm = v }
            if let v = value(f, "persistent", Units.bool) { p.persistent = v }
            lowerAcks(f, &p)
            lowerProducerCompaction(f, &p, name: name)
            if let v = positiveDuration(f, "timeout") {
                p.timeout = v
                if !f.has("call") { error(f.keyNode("timeout")!, "'timeout' applies only to a producer that calls a service") }
            }
            if let node = f["customers"], let words = text(node, "customers") {
                let noun = words.trimmingWhitespace
                if noun.isEmpty || noun.count > 24 || noun.contains(where: \.isNewline) {
                    error(node, "'customers' names what a customer waits on in one short word, e.g. customers: orders")
                } else {
                    p.customers = noun
                }
            }
            return p
        }
    }
}
