import BrokerSimConsole
import BrokerSimCore

/// How far the simulation should advance this frame.
public enum PaceTarget: Hashable, Sendable {
    /// Up to this instant (the world may stop earlier under its work budget).
    case until(SimTime)
    /// As far as the work budget allows (speed `max`).
    case unbounded
}
