/// Which kind of event comes first when several fall on one instant (docs/scenarios.md,
/// "Order of things at one instant").
public enum EventPhase: UInt8, Sendable {
    case timeline = 0
    case arrival = 1
    case model = 2
    /// After everything else at its instant (stream retention checks: see docs/stream-model.md).
    case late = 3
}

/// Pending events ordered by (time, phase, insertion sequence): a total order, so no
/// tie is ever left to the heap's own (unstable) order.
///
/// A 4-ary min-heap over a flat array, with the "hole" technique (one move per level).
/// swift-collections' `Heap` is a min-max heap: it measured about 2.5× slower here for
/// the kernel's pop-one-push-one pattern, and the kernel is the hottest loop we have.
///
/// Popping leaves the root vacant instead of refilling it at once: most handlers schedule
/// the next event straight away, which then takes the root's place with a single sift down
/// (a "replace top") instead of a sift down for the pop and a sift up for the push.
///
/// One entry may wait beside the heap (`scheduleAside`): a producer's next arrival, scheduled by
/// the arrival being handled. It keeps its place in the total order (its sequence number is
/// drawn like any other), and `popDue` takes the earlier of it and the heap's root. An M/M/5
/// arrival then costs no sift at all, and the completion it starts goes in with a short sift
/// up instead of a sift down from the root.
/// - Complexity: O(log₄ n) for `schedule` and `popDue`; O(1) for `scheduleAside` into an empty
///   place (an occupied one moves its entry into the heap).
public struct EventQueue<Payload>: Sendable where Payload: Sendable & BitwiseCopyable {
    @usableFromInline struct Entry: Sendable {
        @usableFromInline var time: Int64
        /// Phase in the top 8 bits, insertion sequence below.
        @usableFromInline var order: UInt64
        /// The payload's bytes (at most 16), held as two words: sifting moved a `SimEvent`
        /// (15 bytes with holes) field by field, four moves per entry instead of two.
        @usableFromInline var raw: (UInt64, UInt64)

        @inlinable init(time: Int64, order: UInt64, payload: Payload) {
            precondition(MemoryLayout<Payload>.size <= 16, "an event payload is at most 16 bytes")
            self.time = time; self.order = order
            var raw: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &raw) { $0.storeBytes(of: payload, as: Payload.self) }
            self.raw = raw
        }

        @inlinable var payload: Payload { withUnsafeBytes(of: raw) { $0.load(as: Payload.self) } }

        /// Branch-free: which child is earliest is a coin toss the branch predictor loses, and
        /// mispredictions were most of the cost of a pop (118 → 66 ns at 10k pending).
        @inlinable func precedes(_ b: Entry) -> Bool { Self.precedes(time, order, b.time, b.order) }

        @inlinable static func precedes(_ t1: Int64, _ o1: UInt64, _ t2: Int64, _ o2: UInt64) -> Bool {
            let earlier = t1 < t2, tie = t1 == t2, before = o1 < o2
            return earlier != (tie && before) // the two cannot both hold: `!=` is their "or"
        }
    }

    @usableFromInline var items: ContiguousArray<Entry> = []
    @usableFromInline var sequence: UInt64 = 0
    /// `items[0]` was popped and awaits a replacement (see the type's comment).
    @usableFromInline var rootVacant = false
    /// The entry beside the heap (see the type's comment).
    @usableFromInline var aside: Entry?

    public init() {}

    @inlinable public var count: Int { items.count - (rootVacant ? 1 : 0) + (aside == nil ? 0 : 1) }
    @inlinable public var isEmpty: Bool { count == 0 }

    /// The instant of the next event, or `.never`.
    @inlinable public var nextTime: SimTime {
        let asideTime = aside?.time ?? SimTime.never.micros
        if !rootVacant { return SimTime(micros: Swift.min(items.isEmpty ? SimTime.never.micros : items[0].time, asideTime)) }
        // Without the root, the earliest entry is one of the root's children (`.never` if none).
        var t = asideTime
        var j = 1
        while j < Swift.min(5, items.count) { t = Swift.min(t, items[j].time); j += 1 }
        return SimTime(micros: t)
    }

    @inlinable public mutating func schedule(_ payload: Payload, at time: SimTime, phase: EventPhase = .model) {
        sequence &+= 1
        push(Entry(time: time.micros, order: UInt64(phase.rawValue) << 56 | sequence, payload: payload))
    }

    /// `schedule`, with the entry kept beside the heap; one that waited there moves into the heap.
    /// For an event whose handler is likely to be the next to schedule one like it (an arrival
    /// process): the order of events is the same as with `schedule`.
    @inlinable public mutating func scheduleAside(_ payload: Payload, at time: SimTime, phase: EventPhase = .model) {
        sequence &+= 1
        let e = Entry(time: time.micros, order: UInt64(phase.rawValue) << 56 | sequence, payload: payload)
        if let old = aside { push(old) }
        aside = e
    }

    @inlinable mutating func push(_ e: Entry) {
        if rootVacant {
            rootVacant = false
            siftDown(from: 0, e)
            return
        }
        items.append(e)
        siftUp(from: items.count - 1, e)
    }

    /// Removes and returns the earliest event if it is due at or before `limit`.
    @inlinable public mutating func popDue(by limit: SimTime) -> (SimTime, Payload)? {
        if rootVacant { fillRoot() }
        if let a = aside, items.isEmpty || a.precedes(items[0]) {
            guard a.time <= limit.micros else { return nil }
            aside = nil
            return (SimTime(micros: a.time), a.payload)
        }
        guard let first = items.first, first.time <= limit.micros else { return nil }
        rootVacant = true
        return (SimTime(micros: first.time), first.payload)
    }

    /// Completes a pop that no schedule followed: the last entry fills the vacant root.
    @inlinable mutating func fillRoot() {
        rootVacant = false
        let last = items.removeLast()
        if !items.isEmpty { siftDown(from: 0, last) }
    }

    @inlinable mutating func siftUp(from start: Int, _ e: Entry) {
        var i = start
        items.withUnsafeMutableBufferPointer { a in
            while i > 0 {
                let parent = (i &- 1) >> 2
                guard e.precedes(a[parent]) else { break }
                a[i] = a[parent]
                i = parent
            }
            a[i] = e
        }
    }

    @inlinable mutating func siftDown(from start: Int, _ e: Entry) {
        var i = start
        items.withUnsafeMutableBufferPointer { a in
            let n = a.count
            while true {
                // Wrapping arithmetic: an index is below the count, so 4i + 4 cannot overflow, and
                // the overflow checks cost 7 instructions a level.
                let c = 4 &* i &+ 1
                if c >= n { break }
                var best = c
                var bestTime = a[c].time, bestOrder = a[c].order
                let end = Swift.min(c &+ 4, n)
                var j = c &+ 1
                while j < end {
                    // Selects rather than branches (conditional moves), and of the keys only:
                    // moving whole entries through selects cost more than it saved.
                    let t = a[j].time, o = a[j].order
                    let earlier = Entry.precedes(t, o, bestTime, bestOrder)
                    best = earlier ? j : best
                    bestTime = earlier ? t : bestTime
                    bestOrder = earlier ? o : bestOrder
                    j &+= 1
                }
                guard Entry.precedes(bestTime, bestOrder, e.time, e.order) else { break }
                a[i] = a[best]
                i = best
            }
            a[i] = e
        }
    }

    /// Drops every pending event for which `keep` is false.
    public mutating func filter(_ keep: (Payload) -> Bool) {
        if rootVacant { fillRoot() }
        if let a = aside {
            aside = nil
            push(a)
        }
        let kept = items.filter { keep($0.payload) }
        items = []
        for e in kept { items.append(e); siftUp(from: items.count - 1, e) }
    }
}
