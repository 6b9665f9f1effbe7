/// What the console remembers between frames that is not the simulation:
/// the clock controls, the selection, the overlay, a status message.
public struct ConsoleState: Hashable, Sendable {
    public var paused: Bool
    public var speed: Speed
    public var showHelp = false
    public var showInfo = false
    public var selection: Selectable?
    /// A one-line message for the user ("wrote demo-live-1.yaml"), shown until the next key.
    public var message: String?
    /// Where selectables were drawn on the last screen (for clicks).
    public var hitAreas: [HitArea] = []
    /// How many sample intervals a seek moves.
    public static let seekSamples = 10
    /// How much `s` slows a worker or consumer down.
    public static let slowFactor = 5.0

    public init(paused: Bool = false, speed: Speed = .times(1)) {
        self.paused = paused
        self.speed = speed
    }
}
