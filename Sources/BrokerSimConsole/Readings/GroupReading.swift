/// A consumer group: its lag, how it is doing, and its members.
public struct GroupReading: Hashable, Sendable {
    public enum Health: String, Hashable, Sendable {
        case keepingUp = "keeping up"
        case fallingBehind = "falling behind"
        case recovering
        case down
        case waiting
    }

    public struct Member: Hashable, Sendable {
        public var name: String
        public var alive: Bool
        public var slow: Bool
        public var partitions: [Int]
        public init(name: String, alive: Bool, slow: Bool = false, partitions: [Int]) {
            self.name = name; self.alive = alive; self.slow = slow; self.partitions = partitions
        }
    }

    public var name: String
    public var topic: Int
    public var lag: Int64
    /// How far behind in time: the age of the oldest unread record.
    public var lagSeconds: Double
    public var health: Health
    /// Seconds to catch up at the current net speed; nil when not catching up.
    public var catchUpSeconds: Double?
    /// Records lost to retention before this group read them.
    public var lost: Int64
    public var lagHistory: [Double]
    public var members: [Member]

    public init(name: String, topic: Int, lag: Int64 = 0, lagSeconds: Double = 0, health: Health = .keepingUp,
                catchUpSeconds: Double? = nil, lost: Int64 = 0, lagHistory: [Double] = [], members: [Member] = []) {
        self.name = name; self.topic = topic; self.lag = lag; self.lagSeconds = lagSeconds; self.health = health
        self.catchUpSeconds = catchUpSeconds; self.lost = lost; self.lagHistory = lagHistory; self.members = members
    }
}
