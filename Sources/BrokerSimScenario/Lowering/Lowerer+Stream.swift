import BrokerSimCore
import Yams

extension Lowerer {
    mutating func lowerTopics(_ root: Fields) -> [TopicConfig] {
        declarations(root, "topics", kind: .topic, allowed: [
            "partitions", "retention", "retention_bytes", "segment", "segment_bytes", "retention_check",
        ] + Lowerer.topicReplicationKeys + Lowerer.topicCompactionKeys).map { name, _, f in
            var t = TopicConfig(name: name)
            if let node = f["partitions"], let v = count(f, "partitions", atLeast: 1, atMost: Limits.partitions, "partitions") {
                t.partitions = Int(v)
                totalPartitions += v
                if totalPartitions > Limits.partitions && totalPartitions - v <= Limits.partitions {
                    error(node, Limits.tooMany("partitions", totalPartitions, "partitions in the file", Limits.partitions))
                }
            }
            if let v = value(f, "retention", Units.duration) { t.retention = v }
            if let v = value(f, "retention_bytes", Units.size) { t.retentionBytes = v }
            if let v = positiveDuration(f, "segment") { t.segmentTime = v }
            if let node = f["segment_bytes"], let v = value(node, "segment_bytes", Units.size) {
                if v > 0 { t.segmentBytes = v } else { error(node, "'segment_bytes' must be greater than 0") }
            }
            if let v = positiveDuration(f, "retention_check"), atLeast(f, "retention_check", v, Limits.shortestRetentionCheck) {
                t.retentionCheck = v
            }
            checkSegments(t, f)
            lowerTopicReplication(f, &t)
            lowerTopicCompaction(f, &t)
            return t
        }
    }

    mutating func lowerGroups(_ root: Fields, topics: [TopicConfig]) -> [GroupConfig] {
        declarations(root, "groups", kind: .group, allowed: [
            "topic", "consumers", "rate", "work", "max_poll", "commit", "from", "assignor", "session_timeout",
            "max_poll_interval", "rebalance_time", "fail", "on_fail", "retries", "start",
        ] + Self.shareOnlyKeys).map { name, _, f in
            let what = "group '\(name)'"
            var g = GroupConfig(name: name, topic: 0)
            if let node = require(f, "topic", in: what), let t = resolve(node, "topic", kinds: [.topic]) { g.topic = t.index }
            if let v = count(f, "consumers", atLeast: 1, atMost: Limits.instances, "consumers") { g.consumers = Int(v) }
            if let v = work(f, in: what) { g.work = v }
            if let v = count(f, "max_poll", atLeast: 1, atMost: Limits.maxPoll, "records") { g.maxPoll = Int(v) }
            if let v = value(f, "commit", Units.commitMode) { g.commit = v }
            if let v = choice(f, "from", OffsetReset.self, [.earliest, .latest, .none]) { g.from = v }
            if let v = choice(f, "assignor", Assignor.self, [.range, .roundrobin, .cooperativeSticky]) { g.assignor = v }
            if let v = positiveDuration(f, "session_timeout") { g.sessionTimeout = v }
            if let v = positiveDuration(f, "max_poll_interval") { g.maxPollInterval = v }
            if let v = value(f, "rebalance_time", Units.duration) { g.rebalanceTime = v }
            if let v = value(f, "fail", Units.share) { g.fail = v }
            if let v = count(f, "retries", atLeast: 0, atMost: Limits.retries, "retries") { g.retries = Int(v) }
            if let v = value(f, "start", Units.duration) { g.start = v }
            lowerShare(f, into: &g, name: name)
            noteInstances(name, g.consumers, at: f["consumers"] ?? f.owner)
            if g.topic < topics.count {
                let reads = Int64(topics[g.topic].partitions)
                groupPartitions += reads
                if groupPartitions > Limits.groupPartitions && groupPartitions - reads <= Limits.groupPartitions {
                    error(f["topic"] ?? f.owner, Limits.tooMany("topic", groupPartitions,
                                                                "partitions read by groups in the file", Limits.groupPartitions))
                }
            }
            return g
        }
    }
}
