/// A producer's settings without its name or routing-key text: what the per-arrival path reads.
/// Reading a config struct that holds a `String` costs reference counting on every arrival, and
/// looking a routing key up by its text costs string comparisons.
struct ProducerParams: Sendable {
    enum Target: Sendable { case queue(Int), exchange(Int), topic(Int), service(Int) }
    var target: Target
    var arrivals: ArrivalProcess
    var size: Distribution
    var persistent: Bool
    var confirm: Bool
    /// Index of the routing key its messages carry (a queue's name for a direct publish).
    var routingKey: Int32
    /// The `poison:` share's code in `MessageRun.Flags` (bits 5–7), or 0.
    var poisonShareFlags: MessageRun.Flags
    /// One message's bytes under a constant size (`saturating(b × 1)`, the same value).
    var oneMessageBytes: Int64 = 0

    var publishes: Bool {
        switch target { case .queue, .exchange: true; default: false }
    }
}

extension World {
    /// After `poisonShares` and the routing-key table are filled.
    func makeProducerParams(_ cfg: ProducerConfig) -> ProducerParams {
        let target: ProducerParams.Target, key: Int32
        switch cfg.target {
        case .queue(let q): target = .queue(q); key = internKeyKnown(config.queues[q].name)
        case .exchange(let e, let k): target = .exchange(e); key = internKeyKnown(k)
        case .topic(let t): target = .topic(t); key = 0
        case .service(let s): target = .service(s); key = 0
        }
        var poison: MessageRun.Flags = []
        if case .share(let s) = cfg.poison, let code = poisonShares.firstIndex(of: s) {
            poison = MessageRun.Flags(rawValue: UInt8(code + 1) << 5)
        }
        var params = ProducerParams(target: target, arrivals: cfg.arrivals, size: cfg.size, persistent: cfg.persistent,
                                    confirm: cfg.confirm, routingKey: key, poisonShareFlags: poison)
        if case .constant(let b) = cfg.size { params.oneMessageBytes = saturating(b * Double(1)) }
        return params
    }
}
