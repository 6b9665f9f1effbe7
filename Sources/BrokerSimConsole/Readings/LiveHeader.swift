/// What the header says of a real broker instead of a seed and a simulated clock.
public struct LiveHeader: Hashable, Sendable {
    public enum Phase: Hashable, Sendable {
        /// Read within the last intervals.
        case live
        /// Not read recently; the text says how long and why (`stale 12 s: connection refused`).
        case stale(String)
        /// A recording, at a recorded instant.
        case replay
    }
    public var phase: Phase
    /// The instant shown, as wall-clock time of the read (`18:42:05`).
    public var clock: String

    public init(phase: Phase, clock: String) { self.phase = phase; self.clock = clock }
}
