import BrokerSimConsole
import BrokerSimCore

/// The fine grid of simulated time (every `grid`) the console reads a world on for rates, and
/// the newest few service counters read there (the sync side, which no broker snapshot has;
/// queues and topics are read as snapshots into `History.readings`). A rate is the change
/// since the newest grid instant at least `window` before now, so it covers about a second of
/// simulated time whatever the sparkline's interval (a one-hour run samples its sparklines
/// every 18 s).
///
/// The playback stops at every grid instant in the last `window + grid` before any instant it
/// is asked for, so a rate read at an instant is the same live, after a seek and in a replay.
public struct RecentCounts: Sendable {
    public static let window = SimDuration(micros: 1_000_000)
    public static let grid = SimDuration(micros: 250_000)
    public static let kept = 8

    struct Sample: Sendable {
        var at: SimTime
        var serviceOK: [Int64]
        var serviceFailed: [Int64]
        var serviceTimedOut: [Int64]
    }

    var samples: [Sample] = []

    /// The first grid instant after `now` that a rate read at `goal` (or later) will need.
    static func nextStop(after now: SimTime, toward goal: SimTime) -> SimTime {
        let g = grid.micros
        let from = max(now.micros + 1, goal.micros - window.micros - g)
        let k = (from + g - 1) / g
        return SimTime(micros: k * g)
    }

    static func isGridInstant(_ t: SimTime) -> Bool { t.micros % grid.micros == 0 }

    mutating func record(_ w: World) {
        guard samples.last?.at != w.now else { return }
        samples.append(Sample(at: w.now, serviceOK: w.sync.services.map(\.ok),
                              serviceFailed: w.sync.services.map(\.failed), serviceTimedOut: w.sync.services.map(\.timedOut)))
        if samples.count > Self.kept { samples.removeFirst(samples.count - Self.kept) }
    }

    /// The sample a rate at `now` is measured from: the newest at least `window` old, else the
    /// oldest before `now` (the first second of a run); nil at the very start.
    func base(at now: SimTime) -> Sample? {
        samples.last { $0.at <= now - Self.window } ?? samples.first { $0.at < now }
    }

    /// Per second: (`current` − the base's value of `series[i]`) ÷ the time since the base;
    /// nil with no base.
    func rate(at now: SimTime, current: Int64, _ series: KeyPath<Sample, [Int64]>, _ i: Int) -> Double? {
        guard let b = base(at: now), now > b.at, b[keyPath: series].indices.contains(i) else { return nil }
        return Double(current - b[keyPath: series][i]) / (now - b.at).seconds
    }
}
