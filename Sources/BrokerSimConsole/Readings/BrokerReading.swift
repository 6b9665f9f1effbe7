import BrokerSimUnits

/// The task-queue broker's memory and alarm.
public struct BrokerReading: Hashable, Sendable {
    public var memory: Int64
    /// Memory the broker may use (`broker.memory`).
    public var capacity: Int64
    /// The alarm threshold: capacity × high watermark.
    public var watermark: Int64
    public var alarm: Bool
    public var up: Bool
    /// Producers held back by the alarm right now.
    public var blockedPublishers: Int
    /// How often the broker compares its memory with the watermark (`broker.memory_check`):
    /// between checks memory can pass the watermark with no alarm yet. nil when the source
    /// does not know it: a live broker's check interval is its own configuration, which the
    /// management API does not report.
    public var checkEvery: SimDuration?
    /// A cluster's nodes (`rabbit-1` …) and whether each is up; empty for a single node.
    public var nodes: [NodeReading] = []

    public struct NodeReading: Hashable, Sendable {
        public var name: String
        public var up: Bool
        public init(name: String, up: Bool) { self.name = name; self.up = up }
    }
    /// A real broker's disk alarm (free disk below its limit): publishers are blocked too.
    public var diskAlarm = false

    public init(memory: Int64, capacity: Int64, watermark: Int64, alarm: Bool = false, up: Bool = true,
                blockedPublishers: Int = 0, checkEvery: SimDuration? = nil) {
        self.memory = memory; self.capacity = capacity; self.watermark = watermark
        self.alarm = alarm; self.up = up; self.blockedPublishers = blockedPublishers; self.checkEvery = checkEvery
    }

    /// `checked every 2.5 s`, or nil when the interval is not known.
    public var checkNote: String? { checkEvery.map { "checked every \(Self.seconds($0))" } }

    /// `2.5 s`, `10 s`, `250 ms`.
    static func seconds(_ d: SimDuration) -> String {
        if d.micros < 1_000_000 { return "\(d.micros / 1000) ms" }
        if d.micros % 1_000_000 == 0 { return "\(d.micros / 1_000_000) s" }
        return "\((d.seconds * 10).rounded() / 10) s"
    }
}
