import HeapModule

/// Which kind of event comes first when several fall on one instant (SPEC §3,
/// "Order of things at one instant").
public enum EventPhase: UInt8, Sendable {
    case timeline = 0
    case arrival = 1
    case model = 2
    /// After everything else at its instant (stream retention checks: see docs/stream-model.md).
    case late = 3
}

/// Pending events ordered by (time, phase, insertion sequence): a total order,
/// so the heap's own tie order never matters (swift-collections warns it is unstable).
public struct EventQueue<Payload>: Sendable where Payload: Sendable {
    @usableFromInline struct Entry: Comparable, Sendable {
        @usableFromInline var time: Int64
        /// phase in the top 8 bits, insertion sequence below.
        @usableFromInline var order: UInt64
        @usableFromInline var payload: Payload

        @inlinable init(time: Int64, order: UInt64, payload: Payload) {
            self.time = time; self.order = order; self.payload = payload
        }
        @inlinable static func < (a: Entry, b: Entry) -> Bool {
            a.time < b.time || (a.time == b.time && a.order < b.order)
        }
        @inlinable static func == (a: Entry, b: Entry) -> Bool { a.time == b.time && a.order == b.order }
    }

    @usableFromInline var heap = Heap<Entry>()
    @usableFromInline var sequence: UInt64 = 0

    public init() {}

    @inlinable public var count: Int { heap.count }
    @inlinable public var isEmpty: Bool { heap.isEmpty }

    /// The instant of the next event, or `.never`.
    @inlinable public var nextTime: SimTime { heap.min.map { SimTime(micros: $0.time) } ?? .never }

    @inlinable public mutating func schedule(_ payload: Payload, at time: SimTime, phase: EventPhase = .model) {
        sequence &+= 1
        heap.insert(Entry(time: time.micros, order: UInt64(phase.rawValue) << 56 | sequence, payload: payload))
    }

    /// Removes and returns the earliest event if it is due at or before `limit`.
    @inlinable public mutating func popDue(by limit: SimTime) -> (SimTime, Payload)? {
        guard let first = heap.min, first.time <= limit.micros else { return nil }
        let e = heap.removeMin()
        return (SimTime(micros: e.time), e.payload)
    }

    /// Drops every pending event for which `keep` is false.
    public mutating func filter(_ keep: (Payload) -> Bool) {
        heap = Heap(heap.unordered.filter { keep($0.payload) })
    }
}
