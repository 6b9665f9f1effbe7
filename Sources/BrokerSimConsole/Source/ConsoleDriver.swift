/// The console loop without the terminal: a source's frames drawn for the state, and keys
/// turned into state changes and source commands.
///
/// The terminal loop (`brokersim`) and the tests drive this same object, so a test that
/// presses keys on a recording or a run exercises the path a user's keys take.
public final class ConsoleDriver {
    /// How a session ends other than by a signal.
    public enum Outcome: Equatable, Sendable {
        /// `q` (or Ctrl-C read as a key).
        case quit
        /// `n` / Enter on a finished course chapter: on to the next.
        case next
    }

    /// Frames per second at most while the source moves.
    public static let frameMicros: Int64 = 33_000
    /// Wall time per frame a simulation may use, so keys stay responsive at any speed.
    public static let budgetMicros: Int64 = 20_000

    public let source: any ReadingSource
    public private(set) var state: ConsoleState
    /// What the last `draw` showed: a key acts on what the user saw.
    public private(set) var frames: [Frame] = []
    let clock: WallClock
    var frameStart: Int64 = 0

    public init(source: any ReadingSource, state: ConsoleState, clock: WallClock) {
        self.source = source
        self.clock = clock
        var s = state
        s.capabilities = source.capabilities
        source.start(&s, clock: clock)
        self.state = s
    }

    /// Lets the source move on within a frame's budget, then draws its frames.
    public func draw(size: GridSize, glyphs: GlyphSet) -> RenderedScreen {
        frameStart = clock.now
        source.tick(&state, clock: clock, deadline: frameStart + Self.budgetMicros)
        frames = source.frames(state)
        followSelection()
        let screen = ConsoleView.render(state: state, frames: frames, size: size, glyphs: glyphs)
        state.hitAreas = screen.hitAreas
        state.scroll = screen.scroll
        return screen
    }

    /// How long to wait for a key before drawing again: the rest of the frame while the
    /// source moves (at most ~30 frames a second), else the source's idle wait.
    public var waitMillis: Int {
        if let idle = source.idleMillis(state) { return idle }
        return Int(max(1, Self.frameMicros - (clock.now - frameStart)) / 1000)
    }

    /// Applies one key; the outcome when it ends the session.
    public func press(_ key: Key) -> Outcome? {
        guard let action = state.filtering ? KeyMap.standard.typingAction(for: key) : KeyMap.standard.actionOrAnyKey(for: key)
        else { return nil }
        // The filter's own keys (Enter keeps it) are text, not source commands.
        if !state.filtering && !state.holding && !source.capabilities.allows(action) {
            state.message = source.refusal
            return nil
        }
        let before = state
        let lead = frames.isEmpty ? source.frames(state) : frames
        for effect in state.reduce(action, frame: Frame.selection(across: lead)) {
            if effect == .quit { return .quit }
            if effect == .nextChapter { return .next }
            source.perform(effect, &state, frames: lead, clock: clock)
        }
        source.settle(&state, from: before, clock: clock)
        return nil
    }

    /// The selection names its thing, so it stays on it wherever the lists moved it; it is
    /// dropped once nothing of that name is on screen (a live consumer gone for good).
    func followSelection() {
        guard let sel = state.selection, !frames.isEmpty else { return }
        if Frame.selection(across: frames).name(of: sel) == nil { state.selection = nil }
    }
}
