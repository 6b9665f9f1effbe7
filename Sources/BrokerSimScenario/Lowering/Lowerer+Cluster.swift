import BrokerSimCore
import Yams

/// RabbitMQ cluster keys (docs/cluster-model.md): `broker.nodes`, `broker.election`,
/// `broker.quorum_size`, the queue key `node`, and `rabbit-N` on the timeline.
extension Lowerer {
    static let brokerClusterKeys = ["nodes", "election", "quorum_size"]

    mutating func lowerBrokerCluster(_ f: Fields, _ broker: inout BrokerConfig) {
        if let v = count(f, "nodes", atLeast: 1, atMost: Limits.rabbitNodes, "nodes") { broker.nodes = Int(v) }
        if let v = positiveDuration(f, "election") { broker.election = v }
        if let v = count(f, "quorum_size", atLeast: 1, atMost: Limits.rabbitNodes, "replicas") { broker.quorumSize = Int(v) }
        for key in ["election", "quorum_size"] where f.has(key) && broker.nodes < 2 {
            error(f.keyNode(key)!, "'\(key)' needs a cluster: give the broker 'nodes: 3'")
        }
        rabbitNodes = broker.nodes
        if rabbitNodes > 1, let owner = names["rabbit"], owner.kind.hasInstances {
            error(f.keyNode("nodes") ?? f.owner, "\(owner.kind.rawValue) 'rabbit' would share its instance names with the nodes rabbit-1 …: rename it")
        }
    }

    /// `node: rabbit-2` on a queue.
    mutating func lowerQueueNode(_ f: Fields, _ q: inout QueueConfig) {
        guard let node = f["node"], let name = text(node, "node") else { return }
        guard rabbitNodes > 1 else {
            error(node, "'node' needs a cluster: give the broker 'nodes: 3'")
            return
        }
        guard let (base, n) = ScenarioNames.splitInstance(name), base == "rabbit", n <= rabbitNodes else {
            error(node, "unknown node '\(name)': the cluster has rabbit-1 … rabbit-\(rabbitNodes)")
            return
        }
        q.node = n - 1
    }

    /// `rabbit-N` on the timeline, when the broker is a cluster.
    mutating func rabbitNodeTarget(_ name: String, _ node: Node) -> EntityRef? {
        guard rabbitNodes > 1, let (base, n) = ScenarioNames.splitInstance(name), base == "rabbit" else { return nil }
        guard n <= rabbitNodes else {
            error(node, "no node '\(name)': the cluster has \(rabbitNodes) (rabbit-1 … rabbit-\(rabbitNodes))")
            return .rabbitNode(0)
        }
        return .rabbitNode(n - 1)
    }
}

extension Limits {
    /// RabbitMQ cluster nodes.
    static let rabbitNodes: Int64 = 100
}
