import BrokerSimConsole
import BrokerSimCore

/// Maps wall time to the simulated time the world should have reached, at a
/// speed, with pause (SimPy `RealtimeEnvironment`, nexosim's clock).
///
/// The pacer holds an anchor, a (wall, sim) pair, and extrapolates from it at
/// the current speed. Every change of speed or pause re-anchors at the present,
/// so the simulated clock never jumps. When the world could not keep up (its
/// per-frame budget ran out) or was seeked, the loop calls `rebase` with where
/// the world really is, so debt does not pile up into a later jump.
///
/// Wall time is passed in by the caller, in microseconds of any monotonic
/// clock: the pacer reads no clock itself, which makes it testable.
public struct Pacer: Sendable {
    public private(set) var speed: Speed
    public private(set) var isPaused: Bool
    private var anchorWall: Int64
    private var anchorSim: SimTime

    public init(speed: Speed = .times(1), sim: SimTime = .zero, wall: Int64, paused: Bool = false) {
        self.speed = speed
        self.isPaused = paused
        self.anchorWall = wall
        self.anchorSim = sim
    }

    /// Where the world should be at wall time `wall`.
    public func target(wall: Int64) -> PaceTarget {
        if isPaused { return .until(anchorSim) }
        switch speed {
        case .max: return .unbounded
        case .times(let k):
            let elapsed = Double(Swift.max(0, wall - anchorWall)) * k
            let advance = elapsed >= Double(Int64.max - anchorSim.micros) ? Int64.max - anchorSim.micros : Int64(elapsed)
            return .until(anchorSim + SimDuration(micros: advance))
        }
    }

    /// Re-anchors at the world's real time: after a seek, a step, or a frame
    /// whose budget ran out before the target.
    public mutating func rebase(sim: SimTime, wall: Int64) {
        anchorSim = sim
        anchorWall = wall
    }

    public mutating func setPaused(_ paused: Bool, sim: SimTime, wall: Int64) {
        rebase(sim: sim, wall: wall)
        isPaused = paused
    }

    public mutating func togglePause(sim: SimTime, wall: Int64) { setPaused(!isPaused, sim: sim, wall: wall) }

    public mutating func setSpeed(_ s: Speed, sim: SimTime, wall: Int64) {
        rebase(sim: sim, wall: wall)
        speed = s
    }

    public mutating func faster(sim: SimTime, wall: Int64) { setSpeed(speed.faster, sim: sim, wall: wall) }
    public mutating func slower(sim: SimTime, wall: Int64) { setSpeed(speed.slower, sim: sim, wall: wall) }
}
