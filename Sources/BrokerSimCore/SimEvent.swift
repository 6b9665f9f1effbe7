/// Everything that can happen in a run, with ID payloads only: no closures and
/// no object per message, so the event queue stays a flat array of values.
public enum SimEvent: Sendable, Equatable {
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

/// A timeline target packed small enough for an event payload.
public struct TimelineTarget: Sendable, Equatable {
    public var ref: EntityRef
    public init(_ ref: EntityRef) { self.ref = ref }
}
