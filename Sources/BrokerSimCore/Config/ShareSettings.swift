/// A share group's own settings (docs/share-groups.md); defaults follow Kafka 4.x (KIP-932).
public struct ShareSettings: Sendable, Equatable {
    /// `group.share.record.lock.duration.ms`: how long an acquired record stays locked to its member.
    public var recordLock: SimDuration = .secs(30)
    /// `group.share.delivery.count.limit`: deliveries of one record at most; then it is archived.
    public var deliveryLimit: Int32 = 5
    /// `group.share.partition.max.record.locks`: records in flight per partition at most.
    public var maxRecordLocks: Int64 = 2000
    /// `errors.deadletterqueue.topic.name`: archived records are written there (a topic index).
    public var deadLetter: Int?
    /// What a failed record's acknowledgement is: release (redeliver) or reject (archive).
    public var onFail: ShareFailAction = .release
    /// How long a fetch waits for a full batch before it takes what there is.
    public var fetchWait: SimDuration = .millis(500)
    public init() {}
}

public enum ShareFailAction: String, Sendable, Equatable { case release, reject }
