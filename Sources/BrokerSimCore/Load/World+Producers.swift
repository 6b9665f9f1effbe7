extension World {
    /// Above this rate a producer's arrivals are generated as per-interval Poisson counts
    /// (docs/scenarios.md): each message keeps its own arrival time, one event carries about 64 of them.
    static let batchThreshold: Double = 5_000
    static let batchSize: Double = 64
    static let rampSteps = 50
    /// The largest message (RabbitMQ's own ceiling is 512 MiB); scenario validation refuses a
    /// larger mean size, and single samples of a wide distribution are capped here.
    public static let maxMessageBytes: Double = 536_870_912

    mutating func setUpProducers() {
        for cfg in config.producers {
            var p = ProducerState(rate: cfg.rate, rng: SplitMix64(seed: config.seed, stream: "producer:" + cfg.name))
            switch cfg.poison {
            case .none: break
            case .count(let n): p.poisonLeft = n; p.untilPoison = n > 0 ? 0 : .max
            case .share(let s):
                let toQueues: Bool = switch cfg.target { case .queue, .exchange: true; default: false }
                if toQueues && (poisonShares.count < 7 || poisonShares.contains(s)) {
                    // Runs stay whole; each message is drawn when first handled (`poisonShare`).
                    if !poisonShares.contains(s) { poisonShares.append(s) }
                    p.untilPoison = .max
                } else {
                    p.untilPoison = Self.geometric(&p.rng, s)
                }
            }
            producers.append(p)
        }
        producerParams = config.producers.map(makeProducerParams)
        for i in producers.indices {
            if case .topic = config.producers[i].target { continue }
            if config.producers[i].backlog > 0 { schedule(.backlog(producer: Int32(i)), at: .zero, phase: .arrival) }
            scheduleNextArrival(i)
        }
    }

    /// Failures until the next success of a Bernoulli(p) sequence: the gap to the next poison message.
    static func geometric(_ rng: inout SplitMix64, _ p: Double) -> Int64 {
        if p <= 0 { return .max }
        if p >= 1 { return 0 }
        let g = mathFloor(mathLog(rng.openUnit()) / mathLog(1 - p))
        return g >= 9e18 ? .max : Int64(g)
    }

    /// Poisson arrivals under the batch threshold inline (every M/M/5 arrival), the rest out of line.
    @inline(__always)
    mutating func scheduleNextArrival(_ i: Int) {
        let rate = producers[i].rate
        guard rate > 0 else { return }
        guard rate <= Self.batchThreshold, producerParams[i].arrivals == .poisson else {
            scheduleNextArrivalOther(i, rate)
            return
        }
        let micros = producers[i].draws.standardExponential() / rate * 1_000_000
        events.scheduleAside(.arrival(producer: Int32(i), generation: producers[i].generation),
                             at: now + SimDuration(micros: max(1, saturating(micros))), phase: .arrival)
    }

    @inline(never)
    mutating func scheduleNextArrivalOther(_ i: Int, _ rate: Double) {
        let gen = producers[i].generation
        let micros: Double
        if arrivesInBatches(i, rate) {
            micros = Self.batchSize / rate * 1_000_000
        } else if producerParams[i].arrivals == .uniform {
            producers[i].nextUniform += 1_000_000 / rate
            if producers[i].nextUniform <= Double(now.micros) { producers[i].nextUniform = Double(now.micros) + 1_000_000 / rate }
            events.scheduleAside(.arrival(producer: Int32(i), generation: gen),
                                 at: SimTime(micros: saturating(producers[i].nextUniform)), phase: .arrival)
            return
        } else {
            micros = producers[i].draws.standardExponential() / rate * 1_000_000
        }
        events.scheduleAside(.arrival(producer: Int32(i), generation: gen),
                             at: now + SimDuration(micros: max(1, saturating(micros))), phase: .arrival)
    }

    /// Batches only for publishers: a call must start at its own instant (it waits, holds a place
    /// at an instance and times out from then on), and each call costs events anyway.
    func arrivesInBatches(_ i: Int, _ rate: Double) -> Bool {
        guard rate > Self.batchThreshold else { return false }
        if case .service = producerParams[i].target { return false }
        return true
    }

    mutating func producerBacklog(_ i: Int) {
        let n = config.producers[i].backlog
        emit(i, count: n, first: now, last: now)
    }

    mutating func producerArrival(_ i: Int, generation: UInt32) {
        guard generation == producers[i].generation else { return }
        let rate = producers[i].rate
        if rate <= Self.batchThreshold {
            if !publishOne(i, at: now) { emit(i, count: 1, first: now, last: now) }
        } else {
            batchArrival(i, rate)
        }
        scheduleNextArrival(i)
    }

    /// Above the batch threshold: the arrivals of one batch interval (or one call of a service).
    @inline(never)
    mutating func batchArrival(_ i: Int, _ rate: Double) {
        if arrivesInBatches(i, rate) {
            // The batch covered (now − Δ, now]: k arrivals spread as k sorted uniforms.
            let span = Self.batchSize / rate * 1_000_000
            var k: Int64
            if producerParams[i].arrivals == .uniform {
                let exact = Self.batchSize + producers[i].carry
                k = Int64(exact)
                producers[i].carry = exact - Double(k)
            } else {
                k = producers[i].rng.poisson(mean: Self.batchSize)
            }
            if k > 0 {
                let start = Double(now.micros) - span
                let u1 = 1 - Double.pow1(producers[i].rng.openUnit(), 1 / Double(k))
                let u2 = k > 1 ? u1 + (1 - u1) * Double.pow1(producers[i].rng.openUnit(), 1 / Double(k - 1)) : u1
                let first = SimTime(micros: Int64((start + span * u1).rounded()))
                let last = SimTime(micros: Int64((start + span * u2).rounded()))
                emit(i, count: k, first: first, last: min(last, now))
            }
        } else {
            emit(i, count: 1, first: now, last: now)
        }
    }

    /// `count` messages arrive at producer `i`, published at instants spread over [first, last].
    mutating func emit(_ i: Int, count: Int64, first: SimTime, last: SimTime) {
        guard count > 0 else { return }
        if count == 1 && publishOne(i, at: first) { return }
        producers[i].sent += count
        switch producerParams[i].target {
        case .queue, .exchange:
            if count == 1 && producers[i].untilPoison == .max {
                // One clean arrival: no poison split.
                taskQueueArrival(i, makeRun(i, count: 1, first: first, last: first, poison: false))
                return
            }
            var done: Int64 = 0
            // Split off poison messages so that each is a run of its own.
            while done < count {
                let clean = min(count - done, producers[i].untilPoison)
                if clean > 0 {
                    let t0 = interpolate(first, last, done, count), t1 = interpolate(first, last, done + clean - 1, count)
                    taskQueueArrival(i, makeRun(i, count: clean, first: t0, last: t1, poison: false))
                    done += clean
                    if producers[i].untilPoison != .max { producers[i].untilPoison -= clean }
                }
                if done < count {
                    let t = interpolate(first, last, done, count)
                    taskQueueArrival(i, makeRun(i, count: 1, first: t, last: t, poison: true))
                    done += 1
                    nextPoisonGap(i)
                }
            }
        case .topic(let t):
            streamAppend(producer: i, topic: t, count: count, first: first, last: last)
        case .service(let s):
            for _ in 0..<count { syncCall(producer: i, service: s) }
        }
    }

    mutating func nextPoisonGap(_ i: Int) {
        switch config.producers[i].poison {
        case .count:
            producers[i].poisonLeft -= 1
            producers[i].untilPoison = producers[i].poisonLeft > 0 ? 0 : .max
        case .share(let s): producers[i].untilPoison = Self.geometric(&producers[i].rng, s)
        case .none: producers[i].untilPoison = .max
        }
    }

    /// One clean arrival straight to a queue (every Poisson arrival under 5,000/s), if it is one:
    /// what `emit`, `taskQueueArrival` and `publishFromProducer` would do, inline, with `sent` and
    /// `published` counted in one write (each write to `producers[i]` is a uniqueness check).
    /// - Returns: false, having done nothing, for any other arrival.
    @inline(__always)
    mutating func publishOne(_ i: Int, at t: SimTime) -> Bool {
        guard case .queue(let q) = producerParams[i].target, !producerParams[i].confirm,
              producers[i].untilPoison == .max, producers[i].heldCount == 0, broker.up, !broker.alarm else { return false }
        producers[i].countPublished(1)
        enqueue(q, producerParams[i].size.isConstant ? oneConstantRun(i, at: t)
                                                     : makeRun(i, count: 1, first: t, last: t, poison: false))
        memoryRose()
        return true
    }

    func interpolate(_ a: SimTime, _ b: SimTime, _ i: Int64, _ n: Int64) -> SimTime {
        n <= 1 ? a : SimTime(micros: a.micros + Int64((Double(b.micros - a.micros) * Double(i) / Double(n - 1)).rounded()))
    }

    @inline(__always)
    mutating func makeRun(_ i: Int, count: Int64, first: SimTime, last: SimTime, poison: Bool) -> MessageRun {
        let params = producerParams[i]
        let bytes: Int64
        switch params.size {
        // One message of a constant size (every Poisson arrival under 5,000/s): rounded once, at setup.
        case .constant(let b): bytes = count == 1 ? params.oneMessageBytes : saturating(b * Double(count))
        default:
            if count <= 32 {
                // One message is at most `maxMessageBytes`, so a lognormal tail cannot overflow a queue's bytes.
                var sum = 0.0
                for _ in 0..<count { sum += min(params.size.sample(&producers[i].rng), Self.maxMessageBytes) }
                bytes = saturating(sum)
            } else {
                bytes = saturating(params.size.mean * Double(count))
            }
        }
        var flags: MessageRun.Flags = params.persistent ? [.persistent] : []
        if poison { flags.insert(.poison) }
        flags.formUnion(params.poisonShareFlags)
        var run = MessageRun(firstSeq: 0, count: count, firstPublish: first, lastPublish: last, bytes: bytes,
                             flags: flags, routingKey: params.routingKey)
        run.source = Int32(i)
        return run
    }

    /// `makeRun` for one clean message of a constant size, inline: the general one, out of line,
    /// cost 60 instructions an arrival.
    @inline(__always)
    func oneConstantRun(_ i: Int, at t: SimTime) -> MessageRun {
        var flags: MessageRun.Flags = producerParams[i].persistent ? [.persistent] : []
        flags.formUnion(producerParams[i].poisonShareFlags)
        var run = MessageRun(firstSeq: 0, count: 1, firstPublish: t, lastPublish: t, bytes: producerParams[i].oneMessageBytes,
                             flags: flags, routingKey: producerParams[i].routingKey)
        run.source = Int32(i)
        return run
    }

    /// Changes a producer's rate now; a ramp moves it in small linear steps.
    mutating func setRate(_ i: Int, to rate: Double, over: SimDuration) {
        if over.micros > 0 {
            producers[i].ramp = .init(from: producers[i].rate, to: rate, start: now, end: now + over)
            rampStep(i)
            return
        }
        producers[i].ramp = nil
        applyRate(i, rate)
    }

    mutating func applyRate(_ i: Int, _ rate: Double) {
        let old = producers[i].rate
        producers[i].rate = rate
        producers[i].generation &+= 1
        // Uniform arrivals keep their phase: the part of the current gap still to run is
        // stretched or shrunk to the new rate, so a staircase of changes loses no arrivals.
        let nowMicros = Double(now.micros)
        if old > 0 && rate > 0 && producers[i].nextUniform > nowMicros {
            let left = (producers[i].nextUniform - nowMicros) * old / rate
            producers[i].nextUniform = nowMicros + left - 1_000_000 / rate
        } else {
            producers[i].nextUniform = nowMicros
        }
        if case .topic = config.producers[i].target {
            streamProducerRateChanged(i)
        } else {
            scheduleNextArrival(i)
        }
    }

    mutating func rampStep(_ i: Int) {
        guard let r = producers[i].ramp else { return }
        if now >= r.end {
            producers[i].ramp = nil
            applyRate(i, r.to)
            return
        }
        // Each step holds the rate of its midpoint, so the staircase sends what the line would.
        let step = SimDuration(micros: max(1, (r.end - r.start).micros / Int64(Self.rampSteps)))
        let f = min(1, (Double((now - r.start).micros) + Double(step.micros) / 2) / Double((r.end - r.start).micros))
        applyRate(i, r.from + (r.to - r.from) * f)
        schedule(.rampStep(producer: Int32(i)), at: min(r.end, now + step))
    }

    /// True when the producer has nothing more to send: no rate, no ramp, nothing held.
    func producerIsDone(_ i: Int) -> Bool {
        producers[i].rate <= 0 && producers[i].ramp == nil && producers[i].heldCount == 0
    }
}

extension Double {
    /// x^y for x in (0, 1], through exp/log so the core needs no Foundation.
    @inlinable static func pow1(_ x: Double, _ y: Double) -> Double { mathExp(y * mathLog(x)) }
}
