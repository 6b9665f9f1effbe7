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

    /// `quorum 2/3 up, leader rabbit-3`, `on rabbit-2`, `UNAVAILABLE: rabbit-2 down` — longest
    /// first. A narrow pane shortens the counts before it gives up the leader: where the
    /// queue is served from is what a node's loss changes.
    var tags: [String] {
        if quorum {
            let up = "\(replicasUp)/\(replicas) up"
            switch state {
            case .up: return ["quorum \(up), leader \(node)", "\(up), leader \(node)", "leader \(node)"]
            case .electing: return ["quorum \(up), electing a leader", "\(up), electing a leader", "electing a leader"]
            case .unavailable: return ["quorum \(up), UNAVAILABLE (no majority)", "\(up), UNAVAILABLE", "UNAVAILABLE"]
            }
        }
        return state == .up ? ["on \(node)"] : ["UNAVAILABLE: \(node) down", "UNAVAILABLE"]
    }

    var role: Role { state == .up ? (replicasUp < replicas ? .warn : .dim) : state == .electing ? .warn : .alarm }
}
