import BrokerSimScenario
import BrokerSimSnapshot

/// The report of a watched period of a real broker (docs/live.md, "The watch report"; its
/// fields are `WatchReportSchema`'s):
/// each queue's depth at the end, its peak, what its counters moved by and its rates over
/// the period; each consumer; each node's memory and alarms; blocked connections; reads
/// that failed. Built read by read, so memory follows the number of entities, not time.
public struct WatchReport: Sendable {
    public let url: String
    public private(set) var first: Snapshot?
    public private(set) var history = SnapshotHistory()
    public private(set) var reads = 0
    public private(set) var failedReads = 0
    public private(set) var lastError: String?
    var peakReady: [String: Int64] = [:]
    var peakBlocked = 0
    /// Per node: ms with the memory alarm on (counted between reads that saw it on).
    var alarmMillis: [String: Int64] = [:]

    public init(url: String) { self.url = url }

    public mutating func add(_ s: Snapshot) {
        if let previous = history.latest {
            for n in s.nodes where n.memoryAlarm && previous.nodes.contains(where: { $0.name == n.name && $0.memoryAlarm }) {
                alarmMillis[n.name, default: 0] += s.readAt - previous.readAt
            }
        }
        if first == nil { first = s }
        history.record(s)
        reads += 1
        for q in s.queues { peakReady[q.name] = max(peakReady[q.name] ?? 0, q.ready) }
        peakBlocked = max(peakBlocked, s.blockedConnections.count)
    }

    public mutating func failed(_ reason: String) {
        failedReads += 1
        lastError = reason
    }

    /// Counter movement over the period: nil without counters at both ends.
    func moved(_ name: String, _ counter: KeyPath<QueueSnapshot, Int64?>) -> Int64? {
        guard let a = first?.queue(name)?[keyPath: counter], let b = history.latest?.queue(name)?[keyPath: counter] else {
            return history.latest?.queue(name)?[keyPath: counter] == nil ? nil : 0
        }
        return b >= a ? b - a : b
    }

    public var watchedSeconds: Double {
        guard let a = first?.readAt, let b = history.latest?.readAt else { return 0 }
        return Double(b - a) / 1000
    }

    /// Over the whole period from the counters when it is long enough, else the last rates.
    func rate(_ name: String, _ counter: KeyPath<QueueSnapshot, Int64?>, fallback: Double) -> Double {
        guard watchedSeconds >= 1, let n = moved(name, counter), first?.queue(name)?[keyPath: counter] != nil else { return fallback }
        return Double(n) / watchedSeconds
    }
}
