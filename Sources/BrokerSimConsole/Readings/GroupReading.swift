/// A consumer group: its lag, how it is doing, and its members.
public struct GroupReading: Hashable, Sendable {
    public enum Health: String, Hashable, Sendable {
        case keepingUp = "keeping up"
        case fallingBehind = "falling behind"
        case recovering
        case down
        case waiting
        /// Members are between assignments: nothing is read meanwhile.
        case rebalancing
        /// `from: none` found no valid offset: the group stopped with an error.
        case stopped = "STOPPED: offset out of range"
    }

    public struct Member: Hashable, Sendable {
        public var name: String
        public var alive: Bool
        public var slow: Bool
        public var partitions: [Int]
        /// Removed from the group by `max_poll_interval` while its slow batch still runs.
        public var removed: Bool
        /// A share group's member: records locked to it now (it holds no partition of its own).
        public var inFlight: Int64?
        public init(name: String, alive: Bool, slow: Bool = false, partitions: [Int], removed: Bool = false) {
            self.name = name; self.alive = alive; self.slow = slow; self.partitions = partitions; self.removed = removed
        }
    }

    public var name: String
    /// The name of the topic it reads (a topic's readings name their groups the same way):
    /// never a position, which shifts when a source's topics come and go between reads.
    public var topic: String
    /// Σ (log end − committed offset): what `kafka-consumer-groups` calls the lag.
    public var lag: Int64
    /// Σ (log end − read position): records not fetched yet. Below `lag` by what was read and
    /// not committed yet (auto commit every few seconds); the badge is computed from this.
    public var unread: Int64
    /// How far behind in time: the age of the oldest uncommitted record.
    public var lagSeconds: Double
    /// False when the source does not say how old the oldest uncommitted record is: no time shown.
    public var lagSecondsKnown = true
    public var health: Health
    /// Seconds to catch up at the current speeds (slowest partition); nil when not catching up.
    public var catchUpSeconds: Double?
    /// Records deleted by retention before this group read them: counted by the
    /// model when the group reads again, and below the log start until then.
    public var lost: Int64
    public var duplicates: Int64
    public var failed: Int64
    public var skipped: Int64
    /// A share group's records acknowledged as done (nil for a consumer group, which commits
    /// offsets instead), and its deliveries after the first (released, lock expired).
    public var accepted: Int64?
    public var redelivered: Int64 = 0
    /// The most a group keeping up leaves unread: one poll per partition.
    public var keepingUpLimit: Int64 = 0
    /// Unread records over the whole run so far (History's points), oldest first.
    public var lagHistory: [Double]
    public var members: [Member]

    public init(name: String, topic: String, lag: Int64 = 0, unread: Int64? = nil, lagSeconds: Double = 0,
                health: Health = .keepingUp, catchUpSeconds: Double? = nil, lost: Int64 = 0, duplicates: Int64 = 0,
                failed: Int64 = 0, skipped: Int64 = 0, lagHistory: [Double] = [], members: [Member] = []) {
        self.name = name; self.topic = topic; self.lag = lag; self.unread = unread ?? lag; self.lagSeconds = lagSeconds
        self.health = health; self.catchUpSeconds = catchUpSeconds; self.lost = lost; self.duplicates = duplicates
        self.failed = failed; self.skipped = skipped; self.lagHistory = lagHistory; self.members = members
    }
}
