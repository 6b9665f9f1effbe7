/// The report's numeric field names by section (docs/report.md), for checking expectation paths.
///
/// Keep in step with the report writer: a path that passes here must name a
/// key the report prints.
enum ReportFields {
    static let sections = ["queues", "workers", "broker", "topics", "groups", "services", "producers"]
    /// Top-level report keys an expectation may compare (`simulated_seconds < 200`).
    static let topLevel = ["simulated_seconds"]

    static let queue = [
        "published", "refused", "delivered", "redelivered", "acked", "rejected", "dead_lettered", "discarded",
        "expired", "dropped", "lost", "duplicates", "ready", "unacked", "peak_ready",
        "latency_mean", "latency_p50", "latency_p99",
        "dead_lettered_rejected", "dead_lettered_expired", "dead_lettered_maxlen", "dead_lettered_delivery_limit",
        "auto_ack_held",
        // Clustered brokers only (docs/cluster-model.md).
        "node", "replicas_up", "available", "unavailable_seconds", "leader_changes",
        // Streams only (docs/rabbit-streams.md).
        "log_start", "log_end", "segments", "bytes", "deleted_by_retention",
        // Ordering (docs/ordering.md).
        "out_of_order",
    ]
    static let worker = ["processed", "crashes", "busy_share", "offset", "stored_offset"]
    static let broker = ["memory_peak", "memory_alarm_seconds", "oom_kills"]
    static let topic = ["appended", "log_start", "log_end", "deleted_by_retention", "segments", "bytes"]
        // Replicated topics only (docs/replication-model.md).
        + ["refused", "lost_unreplicated", "lost_unclean", "leader_elections", "unclean_elections",
           "offline_partitions", "under_replicated"]
        // Compacted topics only (docs/compaction.md).
        + ["records", "dirty_ratio", "compacted", "cleanings", "tombstones"]
    static let topicPartition = ["log_start", "log_end", "isr", "replication_lag", "leader"]
    static let group = [
        "processed", "committed", "lag", "peak_lag", "lag_seconds", "duplicates", "skipped", "lost",
        "lost_to_retention", "rebalances", "caught_up_at", "idle_consumers",
        // Additions (docs/stream-model.md).
        "failed", "stopped", "catch_up_eta_seconds",
        // Groups of replicated topics.
        "truncated",
        // Groups of compacted topics (docs/compaction.md).
        "compaction_gaps", "records_read",
        // Ordering (docs/ordering.md).
        "out_of_order",
        // Share groups (docs/share-groups.md).
        "acquired", "accepted", "released", "rejected", "archived", "redelivered", "in_flight",
        "lock_expired", "dead_lettered",
    ]
    /// `member` is a name or null: only `== null` / `!= null` make sense for it.
    static let groupPartition = ["committed", "lag", "member"]
    static let service = ["calls", "ok", "failed", "timed_out", "latency_p50", "latency_p99", "refused", "late", "in_flight"]
    static let producer = [
        "sent", "published", "refused", "unroutable", "held", "blocked_seconds",
        "ok", "failed", "timed_out", "latency_p50", "latency_p99",
        // Producers to replicated topics.
        "lost",
    ]
}
