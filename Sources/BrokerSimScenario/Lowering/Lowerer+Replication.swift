import BrokerSimCore
import Yams

/// Kafka replication keys (docs/replication-model.md): the `kafka:` section, the topic keys
/// `replication`, `min_insync`, `unclean_election` and the producer key `acks`.
extension Lowerer {
    static let topicReplicationKeys = ["replication", "min_insync", "unclean_election"]

    mutating func lowerTopicReplication(_ f: Fields, _ t: inout TopicConfig) {
        if let v = count(f, "replication", atLeast: 1, atMost: Limits.kafkaBrokers, "replicas") { t.replication = Int(v) }
        if let node = f["min_insync"], let v = count(f, "min_insync", atLeast: 1, atMost: Limits.kafkaBrokers, "replicas") {
            t.minInsync = Int(v)
            if v > max(1, t.replication) {
                error(node, "min_insync: \(v) is more than the topic's \(max(1, t.replication)) "
                      + "\(t.replication > 1 ? "replicas" : "replica"): every acks=all record would be refused")
            }
        }
        if let v = value(f, "unclean_election", Units.bool) { t.uncleanElection = v }
        for key in ["min_insync", "unclean_election"] where f.has(key) && t.replication == 0 {
            error(f.keyNode(key)!, "'\(key)' needs 'replication' on the topic")
        }
    }

    mutating func lowerKafka(_ root: Fields, topics: [TopicConfig]) -> KafkaClusterConfig {
        var k = KafkaClusterConfig()
        let needed = topics.map(\.replication).max() ?? 0
        if let node = root["kafka"], let f = fields(node, of: "'kafka'", allowed: [
            "brokers", "replica_lag", "detection", "catch_up_rate",
        ]) {
            if let bn = f["brokers"], let v = count(f, "brokers", atLeast: 1, atMost: Limits.kafkaBrokers, "brokers") {
                k.brokers = Int(v)
                if Int(v) < needed {
                    error(bn, "brokers: \(v) cannot hold a topic with replication: \(needed) (one replica per broker)")
                }
            }
            if let v = value(f, "replica_lag", Units.duration) { k.replicaLag = v }
            if let v = positiveDuration(f, "detection") { k.detection = v }
            if let node = f["catch_up_rate"], let v = value(node, "catch_up_rate", Units.rate) {
                if v > 0 { k.catchUpRate = v } else { error(node, "'catch_up_rate' must be greater than 0") }
            }
            if needed == 0 { error(node, "'kafka' describes the brokers of replicated topics: give a topic 'replication'") }
        }
        kafkaBrokers = needed > 0 ? max(k.brokers, needed) : 0
        if kafkaBrokers > 0, let owner = names["kafka"], owner.kind.hasInstances {
            error(root.keyNode("kafka") ?? root.keyNode("topics") ?? root.owner,
                  "\(owner.kind.rawValue) 'kafka' would share its instance names with the Kafka brokers kafka-1 …: rename it")
        }
        return k
    }

    mutating func lowerAcks(_ f: Fields, _ p: inout ProducerConfig) {
        guard let node = f["acks"], let raw = text(node, "acks") else { return }
        switch raw {
        case "0": p.acks = .none
        case "1": p.acks = .leader
        case "all", "-1": p.acks = .all
        default: error(node, "invalid acks '\(raw)': expected 0, 1 or all")
        }
        if case .topic = p.target {} else { error(f.keyNode("acks")!, "'acks' applies only to a producer that writes to a topic") }
    }

    /// `kafka-N` on the timeline, when the file has replicated topics.
    mutating func kafkaBrokerTarget(_ name: String, _ node: Node) -> EntityRef? {
        guard kafkaBrokers > 0, let (base, n) = ScenarioNames.splitInstance(name), base == "kafka" else { return nil }
        guard n <= kafkaBrokers else {
            error(node, "no broker '\(name)': the Kafka cluster has \(kafkaBrokers) (kafka-1 … kafka-\(kafkaBrokers))")
            return .kafkaBroker(0)
        }
        return .kafkaBroker(n - 1)
    }
}

extension Limits {
    /// Kafka brokers (and so replicas of a partition).
    static let kafkaBrokers: Int64 = 100
}
