/// One call held by a service instance: in service or waiting in the instance's line.
struct SyncCall: Sendable {
    var producer: Int32
    var instance: Int32
    /// When the caller made it; with no network in the model this is also its arrival at the instance.
    var madeAt: SimTime
    /// When the instance will answer it, once it is in service (`.never` while it waits in line).
    var finishAt: SimTime = .never
    /// False once the caller stopped waiting (timed out): the instance still finishes the work.
    var callerWaiting = true
    /// Moves on each time the slot is freed, so that events of an earlier call in this slot are stale.
    var generation: UInt32 = 0
}
