// The units and wordings the model and every view share: simulated time, byte sizes, the quiz
// score line. A module of their own so the console can draw them without depending on the
// simulation (the model re-exports them, so its users see one set of types).

/// An instant of simulated time: whole microseconds since the run started.
///
/// Integer time keeps every run reproducible: no floating-point drift decides
/// which of two events comes first.
public struct SimTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var micros: Int64

    @inlinable public init(micros: Int64) { self.micros = micros }

    // Computed and inlinable rather than stored: the kernel's hot paths compare against
    // these across the module boundary without a lazy-global check.
    @inlinable public static var zero: SimTime { SimTime(micros: 0) }
    /// Later than any instant a run can reach.
    @inlinable public static var never: SimTime { SimTime(micros: .max) }

    @inlinable public var seconds: Double { Double(micros) / 1_000_000 }

    @inlinable public static func < (a: SimTime, b: SimTime) -> Bool { a.micros < b.micros }
    @inlinable public static func + (a: SimTime, d: SimDuration) -> SimTime {
        let (sum, overflow) = a.micros.addingReportingOverflow(d.micros)
        return SimTime(micros: overflow ? .max : sum)
    }
    @inlinable public static func - (a: SimTime, b: SimTime) -> SimDuration { SimDuration(micros: a.micros - b.micros) }
    @inlinable public static func - (a: SimTime, d: SimDuration) -> SimTime { SimTime(micros: a.micros - d.micros) }
    @inlinable public static func += (a: inout SimTime, d: SimDuration) { a = a + d }

    public var description: String { SimDuration(micros: micros).description }
}

/// A span of simulated time in whole microseconds.
public struct SimDuration: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var micros: Int64

    @inlinable public init(micros: Int64) { self.micros = micros }
    @inlinable public static func seconds(_ s: Double) -> SimDuration { SimDuration(micros: Int64((s * 1_000_000).rounded())) }
    @inlinable public static func millis(_ ms: Int64) -> SimDuration { SimDuration(micros: ms * 1000) }
    @inlinable public static func secs(_ s: Int64) -> SimDuration { SimDuration(micros: s * 1_000_000) }

    @inlinable public static var zero: SimDuration { SimDuration(micros: 0) }

    @inlinable public var seconds: Double { Double(micros) / 1_000_000 }

    @inlinable public static func < (a: SimDuration, b: SimDuration) -> Bool { a.micros < b.micros }
    @inlinable public static func + (a: SimDuration, b: SimDuration) -> SimDuration { SimDuration(micros: a.micros + b.micros) }
    @inlinable public static func - (a: SimDuration, b: SimDuration) -> SimDuration { SimDuration(micros: a.micros - b.micros) }
    @inlinable public static func * (a: SimDuration, k: Int64) -> SimDuration { SimDuration(micros: a.micros * k) }

    /// Shortest exact spelling in scenario units (`1.5s`, `3d`, `250ms`).
    public var description: String {
        let units: [(Int64, String)] = [(604_800_000_000, "w"), (86_400_000_000, "d"), (3_600_000_000, "h"),
                                        (60_000_000, "m"), (1_000_000, "s"), (1000, "ms"), (1, "us")]
        if micros == 0 { return "0s" }
        for (size, name) in units where micros % size == 0 { return "\(micros / size)\(name)" }
        return "\(micros)us"
    }
}
