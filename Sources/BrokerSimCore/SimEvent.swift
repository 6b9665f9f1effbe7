/// Everything that can happen in a run, with ID payloads only: no closures and
/// no object per message, so the event queue stays a flat array of values.
public enum SimEvent: Sendable, Equatable, BitwiseCopyable {
    /// Entry `i` of the world's sorted timeline.
    case timeline(Int32)
    /// The next arrival (or batch of arrivals) of a producer; stale when the generation moved on.
    case arrival(producer: Int32, generation: UInt32)
    /// A producer's `backlog`, arriving at once at t=0.
    case backlog(producer: Int32)
    /// One step of a linear rate ramp.
    case rampStep(producer: Int32)
    case workerStart(worker: Int32, generation: UInt32)
    case workDone(worker: Int32, generation: UInt32)
    case ackArrived(worker: Int32, generation: UInt32)
    case queueExpiry(queue: Int32)
    case queueDispatch(queue: Int32)
    case memoryCheck
    case pagingTick
    case brokerUp(generation: UInt32)
    /// A quorum queue's replicas have a new leader (stale when the generation moved on).
    case quorumElected(queue: Int32, generation: UInt32)
    /// A RabbitMQ stream's consumers read what arrived (index into the world's streams).
    case streamQueueTick(queue: Int32)
    /// A crash with `for:` ends.
    case restart(TimelineTarget)
    /// Stream model: a member's batch or poll is finished.
    case stream(StreamEvent)
    /// Synchronous model.
    case sync(SyncEvent)
}

/// A timeline target packed small enough for an event payload: `EntityRef`'s cases carry two
/// `Int`s (17 bytes), which made every `SimEvent` 18 bytes and every event-heap entry 40;
/// with Int32 fields and a kind byte an event is 16 bytes and an entry 32, two to a cache line.
/// Indices fit: scenarios are limited to 1,000 declarations a section and 1,000,000 instances.
public struct TimelineTarget: Sendable, Equatable, BitwiseCopyable {
    var a: Int32
    var b: Int32
    var kind: UInt8

    public init(_ ref: EntityRef) {
        switch ref {
        case .workerPool(let p): (kind, a, b) = (0, Int32(p), 0)
        case .worker(let p, let i): (kind, a, b) = (1, Int32(p), Int32(i))
        case .group(let g): (kind, a, b) = (2, Int32(g), 0)
        case .member(let g, let i): (kind, a, b) = (3, Int32(g), Int32(i))
        case .service(let s): (kind, a, b) = (4, Int32(s), 0)
        case .serviceInstance(let s, let i): (kind, a, b) = (5, Int32(s), Int32(i))
        case .producer(let p): (kind, a, b) = (6, Int32(p), 0)
        case .kafkaBroker(let k): (kind, a, b) = (7, Int32(k), 0)
        case .rabbitNode(let n): (kind, a, b) = (8, Int32(n), 0)
        }
    }

    public var ref: EntityRef {
        let a = Int(a), b = Int(b)
        switch kind {
        case 0: return .workerPool(a)
        case 1: return .worker(pool: a, index: b)
        case 2: return .group(a)
        case 3: return .member(group: a, index: b)
        case 4: return .service(a)
        case 5: return .serviceInstance(service: a, index: b)
        case 6: return .producer(a)
        case 7: return .kafkaBroker(a)
        default: return .rabbitNode(a)
        }
    }
}
