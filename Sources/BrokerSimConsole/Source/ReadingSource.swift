/// What the console loop reads frames from and sends commands to: a simulation, a broker
/// being watched, a recording of one.
///
/// The loop (`ConsoleDriver`) is the same for every source: it asks the source to move on
/// by itself within a frame's budget, draws the frames it returns, turns keys into actions,
/// and hands the reducer's effects back. The source declares what it can do; the driver
/// refuses the other keys with `refusal`, and the hint line and help offer only the rest.
/// Class-bound: a source holds a running world or a poller, never copied.
public protocol ReadingSource: AnyObject {
    var capabilities: SourceCapabilities { get }
    /// Said on the hint line when a key asks for something the source cannot do.
    var refusal: String { get }
    /// Before the first frame: a simulation takes its first instant (and any prompt due there).
    func start(_ state: inout ConsoleState, clock: WallClock)
    /// Moves on by itself, up to the wall-clock `deadline` (µs): a run advances to where its
    /// pacer says, a poller hands over what it read, a recording plays on. Prompts reached
    /// go into `state`.
    func tick(_ state: inout ConsoleState, clock: WallClock, deadline: Int64)
    /// What to draw now: one frame per pane, in pane order (never empty).
    func frames(_ state: ConsoleState) -> [Frame]
    /// Carries out one effect of a key; `frames` are those the user saw when pressing it.
    func perform(_ effect: ConsoleEffect, _ state: inout ConsoleState, frames: [Frame], clock: WallClock)
    /// After a key changed the state: prompts due, the pacer told of a pause or a new speed.
    func settle(_ state: inout ConsoleState, from before: ConsoleState, clock: WallClock)
    /// How long the loop may wait for a key when nothing moves by itself (ms); nil while the
    /// frames change on their own and the loop should redraw at frame pace.
    func idleMillis(_ state: ConsoleState) -> Int?
}
