import Testing
@testable import BrokerSimCore

@Suite("Kernel")
struct KernelTests {
    @Test("events at one instant run in phase order, then insertion order")
    func tiesAreTotal() {
        var q = EventQueue<Int>()
        let t = SimTime(micros: 5)
        q.schedule(1, at: t, phase: .model)
        q.schedule(2, at: t, phase: .arrival)
        q.schedule(3, at: t, phase: .timeline)
        q.schedule(4, at: t, phase: .model)
        q.schedule(5, at: t, phase: .timeline)
        q.schedule(0, at: SimTime(micros: 4), phase: .model)
        var order: [Int] = []
        while let (_, e) = q.popDue(by: .never) { order.append(e) }
        #expect(order == [0, 3, 5, 2, 1, 4])
    }

    @Test("popDue leaves later events pending")
    func popDueRespectsLimit() {
        var q = EventQueue<Int>()
        q.schedule(1, at: SimTime(micros: 10))
        #expect(q.popDue(by: SimTime(micros: 9)) == nil)
        #expect(q.nextTime == SimTime(micros: 10))
        #expect(q.popDue(by: SimTime(micros: 10))?.1 == 1)
    }

    @Test("any mix of schedules and pops comes out in (time, phase, sequence) order",
          arguments: [false, true])
    func heapMatchesSortedReference(aside: Bool) {
        var rng = SplitMix64(seed: 42)
        var q = EventQueue<Int>()
        var reference: [(time: Int64, phase: UInt8, id: Int)] = []
        var popped: [Int] = [], expected: [Int] = []
        var id = 0
        for _ in 0..<20_000 {
            let r = rng.below(10)
            if r < 5 || reference.isEmpty {
                // Times cluster so that ties (and phase order within them) happen often.
                let t = Int64(rng.below(50)), phase = UInt8(rng.below(3))
                // With `aside`, about a third go beside the heap (often displacing one already there).
                if aside && rng.below(3) == 0 {
                    q.scheduleAside(id, at: SimTime(micros: t), phase: EventPhase(rawValue: phase)!)
                } else {
                    q.schedule(id, at: SimTime(micros: t), phase: EventPhase(rawValue: phase)!)
                }
                reference.append((t, phase, id))
                id += 1
            } else {
                let limit = SimTime(micros: Int64(rng.below(60)))
                let i = reference.indices.min { (reference[$0].time, reference[$0].phase, reference[$0].id)
                    < (reference[$1].time, reference[$1].phase, reference[$1].id) }!
                #expect(q.nextTime == SimTime(micros: reference[i].time))
                if let (t, e) = q.popDue(by: limit) {
                    popped.append(e)
                    #expect(t.micros == reference[i].time)
                }
                if reference[i].time <= limit.micros { expected.append(reference.remove(at: i).id) }
            }
            #expect(q.count == reference.count)
        }
        while let (_, e) = q.popDue(by: .never) { popped.append(e) }
        expected += reference.sorted { ($0.time, $0.phase, $0.id) < ($1.time, $1.phase, $1.id) }.map(\.id)
        #expect(popped == expected)
        #expect(q.isEmpty && q.nextTime == .never)
    }

    @Test("an event kept beside the heap is dropped or kept by filter like any other")
    func filterCoversAside() {
        var q = EventQueue<Int>()
        q.schedule(1, at: SimTime(micros: 3))
        q.scheduleAside(2, at: SimTime(micros: 1))
        q.scheduleAside(3, at: SimTime(micros: 2))
        q.filter { $0 != 3 }
        #expect(q.count == 2)
        var order: [Int] = []
        while let (_, e) = q.popDue(by: .never) { order.append(e) }
        #expect(order == [2, 1])
    }

    @Test("an event fits in 16 bytes, so a heap entry is 32 (two to a cache line)")
    func eventSize() {
        #expect(MemoryLayout<SimEvent>.size <= 16)
        #expect(MemoryLayout<EventQueue<SimEvent>.Entry>.stride == 32)
    }

    @Test("a packed timeline target gives back every kind of entity it was made from")
    func timelineTargetRoundTrip() {
        let refs: [EntityRef] = [.workerPool(3), .worker(pool: 2, index: 999_999), .group(7), .member(group: 1, index: 4),
                                 .service(5), .serviceInstance(service: 6, index: 8), .producer(999), .kafkaBroker(99),
                                 .rabbitNode(42)]
        for r in refs { #expect(TimelineTarget(r).ref == r) }
    }

    @Test("the generator's first outputs for seed 1 are pinned")
    func pinnedStream() {
        var g = SplitMix64(seed: 1)
        // SplitMix64 reference values for seed 1.
        #expect(g.next() == 0x910A_2DEC_8902_5CC1)
        #expect(g.next() == 0xBEEB_8DA1_658E_EC67)
        var a = SplitMix64(seed: 7, stream: "worker:mailer")
        var b = SplitMix64(seed: 7, stream: "worker:mailer")
        var c = SplitMix64(seed: 7, stream: "worker:other")
        let x = a.next()
        #expect(x == b.next())
        #expect(x != c.next())
    }

    @Test("the stable hash does not change between processes")
    func stableHash() {
        #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test("durations print in their shortest exact unit")
    func durationDescription() {
        #expect(SimDuration.secs(90).description == "90s")
        #expect(SimDuration.secs(3 * 86_400).description == "3d")
        #expect(SimDuration.millis(1500).description == "1500ms")
        #expect(SimDuration(micros: 7).description == "7us")
    }
}
