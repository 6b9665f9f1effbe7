/// One client connection, for what the broker is doing to it (`blocked` during an alarm).
public struct ConnectionSnapshot: Codable, Hashable, Sendable {
    /// The client's connection name when it gives one, else its address (`127.0.0.1:48936`).
    public var name: String
    /// `running`, `blocked` (held back while publishing during an alarm), `blocking` (will be
    /// held back on its next publish), `flow`, `closing`…
    public var state: String
    public var user: String?

    public init(name: String, state: String, user: String? = nil) {
        self.name = name; self.state = state; self.user = user
    }
}
