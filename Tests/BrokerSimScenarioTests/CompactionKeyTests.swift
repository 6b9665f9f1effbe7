import BrokerSimCore
import Testing

/// The compaction keys of docs/scenarios.md: values, defaults, and every mistake with its place.
@Suite("Scenario keys: log compaction")
struct CompactionKeyTests {
    static func file(topic: String, producer: String = "key: users(10)") -> String {
        "topics:\n  t: {\(topic)}\nproducers:\n  p: {to: t, rate: 1/s, \(producer)}\n"
    }

    @Test func valuesAndDefaults() throws {
        let plain = try scenario(Self.file(topic: "partitions: 1"))
        #expect(plain.config.topics[0].cleanup == CompactionConfig())
        #expect(plain.config.topics[0].cleanup.policy == .delete)
        let c = try scenario(Self.file(topic: "cleanup: compact, delete_retention: 1h, min_cleanable_dirty_ratio: 20%",
                                       producer: "key: users(10), tombstones: 0.1"))
        #expect(c.config.topics[0].cleanup.policy == .compact)
        #expect(c.config.topics[0].cleanup.deleteRetention == .secs(3_600))
        #expect(c.config.topics[0].cleanup.minDirtyRatio == 0.2)
        #expect(c.config.producers[0].tombstones == 0.1)
        let both = try scenario("topics:\n  t:\n    cleanup: delete,compact\nproducers:\n  p: {to: t, rate: 1/s, key: users(10)}\n")
        #expect(both.config.topics[0].cleanup.policy == .compactDelete)
        let defaults = try scenario(Self.file(topic: "cleanup: \"compact,delete\""))
        #expect(defaults.config.topics[0].cleanup.deleteRetention == .secs(86_400))
        #expect(defaults.config.topics[0].cleanup.minDirtyRatio == 0.5)
    }

    @Test(arguments: [
        (file(topic: "cleanup: shred"), "bad.yaml:2:16: invalid cleanup 'shred': expected delete, compact or compact,delete"),
        (file(topic: "cleanup: compact", producer: "backlog: 5"),
         "bad.yaml:4:7: producer 'p' writes to a compacted topic without 'key': Kafka refuses records without a key there (give it key: users(N))"),
        (file(topic: "partitions: 1", producer: "key: users(9), tombstones: 0.1"),
         "bad.yaml:4:40: 'tombstones' applies only to a producer that writes to a compacted topic (cleanup: compact)"),
        (file(topic: "cleanup: compact", producer: "key: users(9), tombstones: 1"),
         "bad.yaml:4:52: tombstones: 1 would make every record a delete: give a share below 1"),
        (file(topic: "delete_retention: 1h"), "bad.yaml:2:7: 'delete_retention' needs 'cleanup: compact' (or compact,delete) on the topic"),
        (file(topic: "cleanup: compact, min_cleanable_dirty_ratio: 0"), "bad.yaml:2:52: 'min_cleanable_dirty_ratio' must be greater than 0"),
        (file(topic: "cleanup: compact, retention: 1d"),
         "bad.yaml:2:25: 'retention' does nothing with cleanup: compact (nothing is deleted by age): use cleanup: compact,delete"),
        (file(topic: "cleanup: compact, retention_bytes: 1GB"),
         "bad.yaml:2:25: 'retention_bytes' on a compacted topic is not modelled: use 'retention' (with cleanup: compact,delete)"),
        (file(topic: "cleanup: compact, replication: 3"),
         "bad.yaml:2:7: cleanup: compact with 'replication' is not modelled: give the topic one or the other"),
    ])
    func mistakesSayWhereAndWhy(yaml: String, message: String) {
        #expect(problems(yaml).contains(message), "\(problems(yaml))")
    }
}
