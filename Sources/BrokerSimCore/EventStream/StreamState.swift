/// The event-stream side: topics, partitions and consumer groups.
public struct StreamState: Sendable {
    public init() {}
}

public enum StreamEvent: Sendable, Equatable {
    case none
}

extension World {
    mutating func setUpStream() {}
    mutating func advanceContinuous(to t: SimTime) {}
    mutating func handleStream(_ e: StreamEvent) {}
    mutating func streamAppend(producer: Int, topic: Int, count: Int64, first: SimTime, last: SimTime) {}
    mutating func streamProducerRateChanged(_ p: Int) {}
    mutating func streamCrash(_ ref: EntityRef, downFor: SimDuration?) {}
    mutating func streamRestart(_ ref: EntityRef) {}
    mutating func streamSlow(_ ref: EntityRef, factor: Double) {}
    mutating func streamScale(_ ref: EntityRef, to n: Int) {}
    var streamIsDrained: Bool { true }
    func streamInvariantFailure() -> String? { nil }
}
