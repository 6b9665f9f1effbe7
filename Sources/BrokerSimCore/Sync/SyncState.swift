/// The synchronous side: service instances, the calls they hold, and the callers waiting on them.
///
/// A call lives in a slot of `calls` from its arrival at an instance until the instance answers it
/// or crashes: memory follows the calls in flight, not the calls made. Slots are reused through
/// `freeCalls`; a slot's generation moves on when it is freed, so events of an old call are ignored.
public struct SyncState: Sendable {
    /// Every instance ever started, by ID; `services[s].instances` lists a service's IDs in number order.
    public internal(set) var instances: [ServiceInstance] = []
    public internal(set) var services: [ServiceState] = []
    /// One per producer (index = producer ID); all zero for producers that do not call.
    public internal(set) var callers: [CallerStats] = []
    var calls: [SyncCall] = []
    var freeCalls: [Int32] = []

    public init() {}

    /// Calls held at once across all services: past it a new call is refused at once. With
    /// instances × concurrency limited by validation, this bounds the memory of every line.
    public static let heldLimit = 1_000_000

    /// Calls held by instances now (being served or waiting in a line), abandoned ones included.
    public var callsHeld: Int { calls.count - freeCalls.count }
}

public enum SyncEvent: Sendable, Equatable, BitwiseCopyable {
    /// The instance finished serving the call in this slot.
    case callDone(call: Int32, generation: UInt32)
    /// The caller's `timeout` since it made the call in this slot has passed.
    case callTimeout(call: Int32, generation: UInt32)
}
