import Foundation

/// Monotonic time of the run: nanoseconds since the driver started, and scenario seconds.
struct DriveClock: Sendable {
    var startNanos: UInt64
    var speed: Double

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    init(speed: Double) { startNanos = Self.now(); self.speed = speed }

    func nanos() -> UInt64 { Self.now() }

    /// Scenario seconds since the start: wall seconds times the speed.
    func scenarioSeconds(_ nanos: UInt64) -> Double {
        Double(nanos >= startNanos ? nanos - startNanos : 0) / 1e9 * speed
    }
}
