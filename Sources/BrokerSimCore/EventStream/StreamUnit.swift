/// Topics whose closed forms advance together. Each topic is its own unit, so an event that
/// concerns one topic brings only that topic (its producers, partitions and groups) up to its
/// instant, and the cost of an event follows the size of its topic, not of the whole stream.
/// Replicated topics share brokers (a broker's crash moves every topic it holds), so when any
/// topic is replicated, all topics form one unit, as they did before the split. A group that
/// writes to a dead-letter topic appends to it at its own events: the two topics form one unit.
struct StreamUnit: Sendable {
    /// Topics, ascending.
    var topics: [Int32] = []
    /// Groups reading those topics (share groups included: they skip the closed form), ascending.
    var groups: [Int32] = []
    /// Steady producers writing to those topics, ascending: production keeps file order.
    var producers: [Int32] = []
    /// The instant the closed form has been brought to (at most `now`).
    var at = SimTime.zero
    /// Steady production has been appended up to this instant.
    var producedTo = SimTime.zero
    /// Something happened at one of the unit's instants: its threshold cuts need computing again.
    var cutsStale = true
    /// The last instant the unit's lags were observed as a model instant.
    var observedAt = SimTime.never
    /// First partition of each topic in the unit's flat scratch of log ends (`StreamState.endsScratch`).
    var partitionBase: [Int] = []
    var partitionCount = 0
}

/// Which continuous parts an event must bring up to its instant before it is handled.
enum ContinuousScope: Equatable {
    /// None: task-queue, memory and synchronous events never touch the stream.
    case none
    /// One unit: the event concerns one topic or one group.
    case unit(Int)
    /// All units: timeline entries and restarts can touch anything, a Kafka broker many topics.
    case all
}

extension World {
    mutating func setUpStreamUnits() {
        let coupled = config.topics.contains { $0.replication > 0 }
        // Topics joined by dead-letter writes: each points at the lowest topic of its unit.
        var root = Array(config.topics.indices)
        func find(_ t: Int) -> Int { var r = t; while root[r] != r { r = root[r] }; return r }
        for g in config.groups {
            for d in [g.deadLetter, g.share?.deadLetter].compactMap({ $0 }) {
                let a = find(g.topic), b = find(d)
                root[max(a, b)] = min(a, b)
            }
        }
        var unitOfRoot = Array(repeating: Int32(-1), count: config.topics.count), n: Int32 = 0
        stream.unitOfTopic = config.topics.indices.map { t in
            if coupled { return 0 }
            let r = find(t)
            if unitOfRoot[r] < 0 { unitOfRoot[r] = n; n += 1 }
            return unitOfRoot[r]
        }
        stream.units = Array(repeating: StreamUnit(), count: coupled ? (config.topics.isEmpty ? 0 : 1) : Int(n))
        for t in config.topics.indices {
            let u = Int(stream.unitOfTopic[t])
            stream.units[u].topics.append(Int32(t))
            stream.units[u].partitionBase.append(stream.units[u].partitionCount)
            stream.units[u].partitionCount += config.topics[t].partitions
        }
        for (g, cfg) in config.groups.enumerated() { stream.units[unit(ofTopic: cfg.topic)].groups.append(Int32(g)) }
        for (i, cfg) in config.producers.enumerated() {
            if case .topic(let t) = cfg.target { stream.units[unit(ofTopic: t)].producers.append(Int32(i)) }
        }
    }

    func unit(ofTopic t: Int) -> Int { Int(stream.unitOfTopic[t]) }
    func unit(ofGroup g: Int) -> Int { Int(stream.unitOfTopic[config.groups[g].topic]) }

    /// The part of the stream an event reads or changes (`advance` brings it up to the event first).
    func continuousScope(_ event: SimEvent) -> ContinuousScope {
        switch event {
        case .timeline, .restart: return stream.units.isEmpty ? .none : .all
        case .rampStep(let p):
            if case .topic(let t) = config.producers[Int(p)].target { return .unit(unit(ofTopic: t)) }
            return .none
        case .stream(let e): return streamScope(e)
        default: return .none
        }
    }

    func streamScope(_ e: StreamEvent) -> ContinuousScope {
        switch e {
        case .retentionCheck(let t), .replicaRelease(let t), .replicaCaughtUp(let t, _, _, _): return .unit(unit(ofTopic: Int(t)))
        case .topicBacklog(let p):
            guard case .topic(let t) = config.producers[Int(p)].target else { return .all }
            return .unit(unit(ofTopic: t))
        case .groupStart(let g), .rebalanceDone(let g, _), .sessionTimeout(let g, _, _), .pollTimeout(let g, _, _),
             .batchDone(let g, _, _), .wake(let g, _, _), .shareFetch(let g, _, _), .shareDone(let g, _, _),
             .shareLockExpiry(let g, _, _):
            return .unit(unit(ofGroup: Int(g)))
        case .brokerDetected: return .all
        }
    }

    /// Every unit's threshold cuts need computing again (something outside one topic happened).
    mutating func markCutsStale() {
        for u in stream.units.indices { stream.units[u].cutsStale = true }
    }
}
