/// Where a queue lives in a RabbitMQ cluster and whether it can deliver now.
public struct QueueClusterReading: Hashable, Sendable {
    public enum State: String, Hashable, Sendable { case up, electing, unavailable }
    public var quorum: Bool
    /// The quorum leader's node, or the classic queue's home node.
    public var node: String
    public var replicasUp: Int
    public var replicas: Int
    public var state: State

    public init(quorum: Bool, node: String, replicasUp: Int, replicas: Int, state: State) {
        self.quorum = quorum; self.node = node; self.replicasUp = replicasUp; self.replicas = replicas; self.state = state
    }

    /// `quorum 2/3 up, leader rabbit-3`, `on rabbit-2`, `UNAVAILABLE: rabbit-2 down` — longest first.
    var tags: [String] {
        if quorum {
            let counts = "quorum \(replicasUp)/\(replicas) up"
            switch state {
            case .up: return ["\(counts), leader \(node)", counts]
            case .electing: return ["\(counts), electing a leader", "\(counts), electing"]
            case .unavailable: return ["\(counts), UNAVAILABLE (no majority)", "\(counts) UNAVAILABLE"]
            }
        }
        return state == .up ? ["on \(node)"] : ["UNAVAILABLE: \(node) down", "UNAVAILABLE"]
    }

    var role: Role { state == .up ? (replicasUp < replicas ? .warn : .dim) : state == .electing ? .warn : .alarm }
}
