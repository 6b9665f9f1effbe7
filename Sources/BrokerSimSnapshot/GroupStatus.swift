/// What a group is doing, as the console shows it.
public enum GroupStatus: String, Sendable {
    /// At the log end (within a poll per partition).
    case keepingUp = "keeping-up"
    /// Behind, and the backlog grows.
    case fallingBehind = "falling-behind"
    /// Behind, and the backlog shrinks.
    case recovering
    /// Not started, stopped, or no live member.
    case down
}
