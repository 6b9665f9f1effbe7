/// Every field of the report, by section, in the order the JSON report writes them
/// (docs/report.md): what expectations are checked against, what the text report shows
/// and how, and what docs/report.md must document (a test holds all three to it).
///
/// Fields that exist only for some entities (a clustered queue, a stream, a replicated
/// topic, a share group) are listed where they appear in a row that has them.
public enum ReportSchema {
    public enum Section: String, CaseIterable, Hashable, Sendable {
        case queues, workers, broker, topics, groups, services, producers
    }

    /// Top-level keys of a report, before the sections.
    public static let header: [ReportField] = [
        .init("scenario", .name, expect: false), .init("seed", .count, expect: false),
        .init("variant", .name, expect: false), .init("simulated_seconds", .seconds),
        .init("wall_seconds", .seconds, expect: false), .init("events", .count, expect: false),
    ]

    public static let queues: [ReportField] = [
        .init("published", .count), .init("refused", .count), .init("delivered", .count), .init("redelivered", .count),
        .init("acked", .count), .init("rejected", .count), .init("dead_lettered", .count), .init("discarded", .count),
        .init("expired", .count), .init("dropped", .count), .init("lost", .count), .init("duplicates", .count),
        .init("ready", .count), .init("unacked", .count), .init("peak_ready", .count),
        .init("latency_mean", .seconds), .init("latency_p50", .seconds), .init("latency_p99", .seconds),
        .init("dead_lettered_rejected", .count), .init("dead_lettered_expired", .count),
        .init("dead_lettered_maxlen", .count), .init("dead_lettered_delivery_limit", .count),
        .init("auto_ack_held", .count),
        // Ordering (docs/ordering.md): null on an unkeyed queue.
        .init("out_of_order", .count),
        // Clustered brokers only (docs/cluster-model.md).
        .init("node", .name), .init("replicas_up", .count), .init("available", .flag),
        .init("unavailable_seconds", .seconds), .init("leader_changes", .count),
        // Streams only (docs/rabbit-streams.md).
        .init("log_start", .offset), .init("log_end", .offset), .init("segments", .count), .init("bytes", .bytes),
        .init("deleted_by_retention", .count),
    ]

    public static let workers: [ReportField] = [
        .init("processed", .count), .init("crashes", .count), .init("busy_share", .share),
        // Readers of a RabbitMQ stream only.
        .init("offset", .offset), .init("stored_offset", .offset),
    ]

    public static let broker: [ReportField] = [
        .init("memory_peak", .bytes), .init("memory_alarm_seconds", .seconds), .init("oom_kills", .count),
    ]

    public static let topics: [ReportField] = [
        .init("appended", .count), .init("log_start", .offset), .init("log_end", .offset),
        .init("deleted_by_retention", .count), .init("partitions", .list, expect: false),
        .init("segments", .count), .init("bytes", .bytes),
        // Replicated topics only (docs/replication-model.md).
        .init("refused", .count), .init("lost_unreplicated", .count), .init("lost_unclean", .count),
        .init("leader_elections", .count), .init("unclean_elections", .count),
        .init("offline_partitions", .count), .init("under_replicated", .count),
        // Compacted topics only (docs/compaction.md).
        .init("cleanup", .name, expect: false), .init("records", .count), .init("dirty_ratio", .share),
        .init("compacted", .count), .init("cleanings", .count), .init("tombstones", .count),
    ]

    public static let topicPartitions: [ReportField] = [
        .init("log_start", .offset), .init("log_end", .offset),
        // Replicated topics only.
        .init("leader", .name), .init("isr", .count), .init("replication_lag", .count),
        // Compacted topics only.
        .init("records", .count),
    ]

    public static let groups: [ReportField] = [
        .init("processed", .count), .init("committed", .offset), .init("lag", .count), .init("peak_lag", .count),
        .init("lag_seconds", .seconds), .init("duplicates", .count), .init("skipped", .count), .init("lost", .count),
        .init("lost_to_retention", .count), .init("rebalances", .count), .init("caught_up_at", .instant),
        .init("idle_consumers", .count), .init("partitions", .list, expect: false),
        .init("failed", .count), .init("stopped", .flag), .init("status", .name, expect: false),
        .init("catch_up_eta_seconds", .seconds), .init("out_of_order", .count),
        // Groups of replicated topics only.
        .init("truncated", .count),
        // Groups of compacted topics only (docs/compaction.md).
        .init("compaction_gaps", .count), .init("records_read", .count),
    ]

    /// A share group's entry in `groups` (docs/share-groups.md) has fields of its own, in this order.
    public static let shareGroups: [ReportField] = [
        .init("share", .flag, expect: false), .init("processed", .count), .init("acquired", .count),
        .init("accepted", .count), .init("released", .count), .init("rejected", .count), .init("archived", .count),
        .init("redelivered", .count), .init("in_flight", .count), .init("lock_expired", .count),
        .init("dead_lettered", .count), .init("lag", .count), .init("partitions", .list, expect: false),
    ]

    /// `member` is a name or null: only `== null` / `!= null` make sense for it.
    public static let groupPartitions: [ReportField] = [
        .init("committed", .offset), .init("lag", .count), .init("member", .name),
    ]

    public static let shareGroupPartitions: [ReportField] = [
        .init("start_offset", .offset), .init("end_offset", .offset), .init("in_flight", .count), .init("lag", .count),
    ]

    public static let services: [ReportField] = [
        .init("calls", .count), .init("ok", .count), .init("failed", .count), .init("timed_out", .count),
        .init("latency_p50", .seconds), .init("latency_p99", .seconds), .init("refused", .count), .init("late", .count),
        .init("in_flight", .count),
    ]

    /// A caller's publish fields and a publisher's call fields are null.
    public static let producers: [ReportField] = [
        .init("sent", .count), .init("published", .count), .init("refused", .count), .init("unroutable", .count),
        .init("held", .count), .init("blocked_seconds", .seconds),
        // Producers to replicated topics only.
        .init("lost", .count),
        .init("ok", .count), .init("failed", .count), .init("timed_out", .count),
        .init("latency_p50", .seconds), .init("latency_p99", .seconds),
    ]

    /// The fields of a section's rows (for groups, those of consumer groups then share groups'
    /// own), each name once.
    public static func fields(_ section: Section) -> [ReportField] {
        switch section {
        case .queues: return queues
        case .workers: return workers
        case .broker: return broker
        case .topics: return topics
        case .groups: return groups + shareGroups.filter { f in !groups.contains { $0.name == f.name } }
        case .services: return services
        case .producers: return producers
        }
    }

    /// Fields of a section's `partitions` objects (none for sections without partitions).
    public static func partitionFields(_ section: Section) -> [ReportField] {
        switch section {
        case .topics: return topicPartitions
        case .groups: return groupPartitions + shareGroupPartitions.filter { f in !groupPartitions.contains { $0.name == f.name } }
        default: return []
        }
    }

    /// The unit of `name` in `section` (rows first, then partitions); nil for an unknown field.
    public static func unit(of name: String, in section: Section) -> ReportField.Unit? {
        (fields(section) + partitionFields(section)).first { $0.name == name }?.unit
    }

    /// The text report's tables, in the order it prints them; the broker is one line of its
    /// three fields between workers and topics.
    public static let textTables: [ReportTextTable] = [
        .init("queues", .queues, ["published", "delivered", "redelivered", "acked", "rejected", "dead_lettered", "discarded",
                                  "lost", "duplicates", "out_of_order", "ready", "unacked", "latency_p50", "latency_p99"]),
        .init("cluster", .queues, ["node", "replicas_up", "unavailable_seconds", "leader_changes"], onlyWith: "replicas_up"),
        .init("workers", .workers, ["processed", "crashes", "busy_share"]),
        .init("broker", .broker, ["memory_peak", "memory_alarm_seconds", "oom_kills"]),
        .init("topics", .topics, ["appended", "log_start", "log_end", "deleted_by_retention"]),
        .init("replication", .topics, ["leader_elections", "unclean_elections", "refused", "lost_unreplicated",
                                       "lost_unclean", "under_replicated", "offline_partitions"], onlyWith: "leader_elections"),
        .init("compaction", .topics, ["records", "dirty_ratio", "compacted", "cleanings", "tombstones"], onlyWith: "dirty_ratio"),
        .init("groups", .groups, ["processed", "records_read", "committed", "lag", "peak_lag", "lag_seconds", "duplicates", "skipped", "lost",
                                  "lost_to_retention", "truncated", "rebalances", "caught_up_at", "out_of_order",
                                  "acquired", "accepted", "released", "rejected", "archived", "in_flight"]),
        .init("services", .services, ["calls", "ok", "failed", "timed_out", "latency_p50", "latency_p99", "refused", "late"]),
        .init("producers", .producers, ["sent", "published", "refused", "lost", "unroutable", "held", "blocked_seconds",
                                        "ok", "failed", "timed_out", "latency_p50", "latency_p99"]),
    ]

    /// Whether the text report shows `name` of `section` in some table.
    public static func inText(_ name: String, _ section: Section) -> Bool {
        textTables.contains { $0.section == section && $0.columns.contains(name) }
    }
}
