import BrokerSimConsole
import BrokerSimCore

/// A saved moment of a playback: the world and its samples, and how far the
/// interactive timeline and the sampling had got. Restoring one and replaying
/// gives exactly the states that followed it.
struct Checkpoint: Sendable {
    var world: World
    var history: History
    var nextInteractive: Int
    var nextSample: SimTime
}
