import BrokerSimCore

/// Samples of the world taken at a fixed simulated interval, for sparklines
/// and rates: the newest `capacity` of each series.
///
/// A value, saved with each world checkpoint, so a seek back restores the
/// sparklines of that moment too.
public struct History: Sendable {
    /// Samples kept per series: enough for a sparkline across a 240-column terminal.
    public static let capacity = 240
    public let interval: SimDuration
    public private(set) var times: [SimTime] = []
    /// Per queue: ready + unacked, published and acked so far.
    public private(set) var queueDepth: [[Double]]
    public private(set) var queuePublished: [[Int64]]
    public private(set) var queueAcked: [[Int64]]
    /// Per producer: messages sent so far.
    public private(set) var producerSent: [[Int64]]

    public init(interval: SimDuration, queues: Int, producers: Int) {
        self.interval = interval
        queueDepth = Array(repeating: [], count: queues)
        queuePublished = Array(repeating: [], count: queues)
        queueAcked = Array(repeating: [], count: queues)
        producerSent = Array(repeating: [], count: producers)
    }

    /// The sample interval for a run: about 1/200 of its length rounded up to a
    /// round duration, so a whole run fits a wide sparkline; 1 s when the
    /// length is not known (`stop: drained`).
    public static func interval(forRunLength length: SimDuration?) -> SimDuration {
        guard let length, length.micros > 0 else { return .secs(1) }
        let steps: [Int64] = [100_000, 250_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 15_000_000,
                              30_000_000, 60_000_000, 300_000_000, 600_000_000, 1_800_000_000, 3_600_000_000,
                              21_600_000_000, 86_400_000_000]
        let want = length.micros / 200
        return SimDuration(micros: steps.first { $0 >= want } ?? steps[steps.count - 1])
    }

    /// Records the world as it is now.
    public mutating func record(_ w: World) {
        append(&times, w.now)
        for q in w.queues.indices {
            let s = w.queues[q]
            append(&queueDepth[q], Double(s.readyCount + s.unacked))
            append(&queuePublished[q], s.counters.published)
            append(&queueAcked[q], s.counters.acked)
        }
        for p in w.producers.indices { append(&producerSent[p], w.producers[p].sent) }
    }

    /// Keeps the newest `capacity` samples, trimming in bulk so appends stay O(1) amortized.
    private func append<T>(_ series: inout [T], _ v: T) {
        series.append(v)
        if series.count > 2 * Self.capacity { series.removeFirst(series.count - Self.capacity) }
    }

    /// Per-second rate of a counter over the last interval.
    public func rate(_ series: [Int64]) -> Double {
        guard series.count >= 2 else { return 0 }
        let d = series[series.count - 1] - series[series.count - 2]
        return Double(d) / interval.seconds
    }

    /// The newest samples of a series, at most `capacity`.
    public func recent(_ series: [Double]) -> [Double] { Array(series.suffix(Self.capacity)) }
}
