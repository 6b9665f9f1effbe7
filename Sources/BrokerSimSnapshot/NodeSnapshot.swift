/// One broker node: memory against the high watermark, disk against its limit, alarms.
public struct NodeSnapshot: Codable, Hashable, Sendable {
    public var name: String
    public var running: Bool
    public var memoryUsed: Int64
    /// The high watermark in bytes: above it the memory alarm blocks publishers.
    public var memoryLimit: Int64
    public var memoryAlarm: Bool
    public var diskFree: Int64?
    public var diskFreeLimit: Int64?
    public var diskAlarm: Bool

    public init(name: String, running: Bool = true, memoryUsed: Int64, memoryLimit: Int64, memoryAlarm: Bool = false,
                diskFree: Int64? = nil, diskFreeLimit: Int64? = nil, diskAlarm: Bool = false) {
        self.name = name; self.running = running; self.memoryUsed = memoryUsed; self.memoryLimit = memoryLimit
        self.memoryAlarm = memoryAlarm; self.diskFree = diskFree; self.diskFreeLimit = diskFreeLimit; self.diskAlarm = diskAlarm
    }
}
