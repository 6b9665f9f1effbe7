/// The synchronous side: services and the callers waiting on them.
public struct SyncState: Sendable {
    public init() {}
}

public enum SyncEvent: Sendable, Equatable {
    case none
}

extension World {
    mutating func setUpSync() {}
    mutating func handleSync(_ e: SyncEvent) {}
    mutating func syncCall(producer: Int, service: Int) {}
    mutating func syncCrash(_ ref: EntityRef, downFor: SimDuration?) {}
    mutating func syncRestart(_ ref: EntityRef) {}
    mutating func syncSlow(_ ref: EntityRef, factor: Double) {}
    mutating func syncScale(_ ref: EntityRef, to n: Int) {}
    var syncIsDrained: Bool { true }
}
