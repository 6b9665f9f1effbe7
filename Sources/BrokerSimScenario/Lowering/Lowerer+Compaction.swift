import BrokerSimCore
import Yams

/// Log compaction keys (docs/compaction.md): the topic keys `cleanup`, `delete_retention` and
/// `min_cleanable_dirty_ratio`, and the producer key `tombstones`.
extension Lowerer {
    static let topicCompactionKeys = ["cleanup", "delete_retention", "min_cleanable_dirty_ratio"]

    mutating func lowerTopicCompaction(_ f: Fields, _ t: inout TopicConfig) {
        if let node = f["cleanup"], let raw = text(node, "cleanup") {
            let words = raw.split(separator: ",").map { String($0).trimmingWhitespace }
            switch Set(words) {
            case ["delete"]: t.cleanup.policy = .delete
            case ["compact"]: t.cleanup.policy = .compact
            case ["compact", "delete"] where words.count == 2: t.cleanup.policy = .compactDelete
            default: error(node, "invalid cleanup '\(raw)': expected delete, compact or compact,delete")
            }
        }
        if let v = value(f, "delete_retention", Units.duration) { t.cleanup.deleteRetention = v }
        if let node = f["min_cleanable_dirty_ratio"], let v = value(node, "min_cleanable_dirty_ratio", Units.share) {
            if v > 0 { t.cleanup.minDirtyRatio = v } else { error(node, "'min_cleanable_dirty_ratio' must be greater than 0") }
        }
        guard t.cleanup.policy.compacts else {
            for key in ["delete_retention", "min_cleanable_dirty_ratio"] where f.has(key) {
                error(f.keyNode(key)!, "'\(key)' needs 'cleanup: compact' (or compact,delete) on the topic")
            }
            return
        }
        // Both would need the cleaner's work on every replica and the bytes it frees: not modelled.
        if t.replication > 0, let node = f.keyNode("cleanup") {
            error(node, "cleanup: \(t.cleanup.policy.rawValue) with 'replication' is not modelled: give the topic one or the other")
        }
        if f.has("retention_bytes"), let node = f.keyNode("retention_bytes") {
            error(node, "'retention_bytes' on a compacted topic is not modelled: use 'retention' (with cleanup: compact,delete)")
        }
        if t.cleanup.policy == .compact, f.has("retention"), let node = f.keyNode("retention") {
            error(node, "'retention' does nothing with cleanup: compact (nothing is deleted by age): use cleanup: compact,delete")
        }
    }

    /// A producer to a compacted topic needs keys (Kafka refuses keyless records there); `tombstones`
    /// only means something on one.
    mutating func lowerProducerCompaction(_ f: Fields, _ p: inout ProducerConfig, name: String) {
        var compacted = false
        if case .topic(let t) = p.target, t < compactedTopics.count { compacted = compactedTopics[t] }
        if compacted, p.key == .none, let to = f.keyNode("to") {
            error(to, "producer '\(name)' writes to a compacted topic without 'key': Kafka refuses records "
                  + "without a key there (give it key: users(N))")
        }
        guard let node = f["tombstones"], let v = value(node, "tombstones", Units.share) else { return }
        if !compacted {
            error(f.keyNode("tombstones")!, "'tombstones' applies only to a producer that writes to a compacted topic (cleanup: compact)")
        } else if v >= 1 {
            error(node, "tombstones: \(raw(node)) would make every record a delete: give a share below 1")
        } else {
            p.tombstones = v
        }
    }

    private func raw(_ node: Node) -> String { node.scalar?.string ?? "" }
}
