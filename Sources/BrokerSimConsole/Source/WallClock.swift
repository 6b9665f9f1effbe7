/// Wall time for the console loop, in microseconds since the session opened.
///
/// A closure rather than a clock type so tests can drive the loop on a clock they move by
/// hand, and a simulation can re-read the time while it spends its per-frame budget.
public struct WallClock {
    let read: () -> Int64

    public init(_ read: @escaping () -> Int64) { self.read = read }

    public var now: Int64 { read() }

    /// The monotonic clock, counted from the moment this is called.
    public static func started() -> WallClock {
        let clock = ContinuousClock()
        let start = clock.now
        return WallClock {
            let d = clock.now - start
            return d.components.seconds * 1_000_000 + d.components.attoseconds / 1_000_000_000_000
        }
    }
}
