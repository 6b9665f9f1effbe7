/// Whether a consumer group keeps up with its topic, and when it will be back at the log end,
/// judged from what it reads on each partition. One rule for every source: the simulation's
/// model, its report and console, and a recording or a live read that carries the same readings.
public struct GroupHealthRule: Hashable, Sendable {
    /// One partition as the rule reads it.
    public struct Partition: Hashable, Sendable {
        /// Records from the group's read position to the log end.
        public var unread: Int64
        /// Records per second the group can read there now (0 when nobody reads it).
        public var capacity: Double
        /// Records per second arriving on it.
        public var arrivals: Double

        public init(unread: Int64, capacity: Double, arrivals: Double) {
            self.unread = unread; self.capacity = capacity; self.arrivals = arrivals
        }
    }

    /// False when no member reads: the group is not started, stopped, or has no joined member.
    public var reading: Bool
    /// Records one poll returns at most (`max.poll.records`): a partition within one poll of the
    /// end is at the end.
    public var maxPoll: Int64
    /// In partition order.
    public var partitions: [Partition]

    public init(reading: Bool, maxPoll: Int64, partitions: [Partition]) {
        self.reading = reading; self.maxPoll = maxPoll; self.partitions = partitions
    }

    /// Every partition within one poll of the end is keeping up; a partition whose reader is
    /// slower than its arrivals (or that nobody reads while records arrive) makes the group fall
    /// behind, and so does a backlog its reader only matches; otherwise it is recovering. The
    /// first partition that falls behind decides, whatever spare speed others have.
    public var status: GroupStatus {
        guard reading else { return .down }
        var behind = false
        for p in partitions {
            // 1e-9: capacities are sums and shares of rates; equal rates must compare equal.
            if p.capacity < p.arrivals - 1e-9 { return .fallingBehind }
            if p.unread > maxPoll {
                if p.capacity <= p.arrivals + 1e-9 { return .fallingBehind }
                behind = true
            }
        }
        return behind ? .recovering : .keepingUp
    }

    /// Seconds until every partition is back at the log end at the current rates: each
    /// partition's unread records ÷ (what its reader takes − what arrives), the slowest partition
    /// deciding (spare speed on one partition cannot help another). 0 when keeping up; nil when
    /// the group is down or falling behind.
    public var catchUpSeconds: Double? { catchUpSeconds(status) }

    /// `catchUpSeconds` for a `status` already judged from these readings.
    public func catchUpSeconds(_ status: GroupStatus) -> Double? {
        switch status {
        case .down, .fallingBehind: return nil
        case .keepingUp: return 0
        case .recovering: break
        }
        var eta = 0.0
        for p in partitions {
            let net = p.capacity - p.arrivals
            guard p.unread > 0, net > 1e-9 else { continue }
            eta = max(eta, Double(p.unread) / net)
        }
        return eta
    }
}
