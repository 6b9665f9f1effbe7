import BrokerSimConsole
import BrokerSimCore
import BrokerSimSnapshot

/// The fine grid of simulated time (every `grid`) the console reads a world on for rates, and
/// the newest few service counters read there (the sync side, which no broker snapshot has;
/// queues and topics are read as snapshots into `History.readings`). A rate is the change
/// since the newest grid instant at least `window` before now, so it covers about a second of
/// simulated time whatever the sparkline's interval (a one-hour run samples its sparklines
/// every 18 s).
///
/// The playback stops at every grid instant in the last `window + grid` before any instant it
/// is asked for, so a rate read at an instant is the same live, after a seek and in a replay.
/// A drain estimate looks back further (`SnapshotHistory.drainWindowMillis`, as a watched
/// broker's does): the playback also stops at every whole second (`drainGrid`) in the last
/// `drainLookback`, and the history keeps those reads and forgets the rest (`forgets`).
public struct RecentCounts: Sendable {
    public static let window = SimDuration(micros: 1_000_000)
    public static let grid = SimDuration(micros: 250_000)
    public static let kept = 8
    public static let drainGrid = SimDuration(micros: 1_000_000)
    /// The newest read before an instant is at most a `grid` older; the drain estimate's base is
    /// the newest whole second a drain window before that read.
    public static let drainLookback = SimDuration(micros: SnapshotHistory.drainWindowMillis * 1000) + drainGrid + grid
    /// Reads the history keeps at most: the whole seconds of the drain lookback and the rate
    /// window's grid instants, with room to spare (a bound, never reached).
    static let keptReads = Int(drainLookback.micros / drainGrid.micros) + Int((window + grid).micros / grid.micros) + 4

    struct Sample: Sendable {
        var at: SimTime
        var serviceOK: [Int64]
        var serviceFailed: [Int64]
        var serviceTimedOut: [Int64]
    }

    var samples: [Sample] = []

    /// The first grid instant after `now` that a rate read at `goal` (or later) will need, or
    /// the first whole second a drain estimate there will, whichever comes first.
    static func nextStop(after now: SimTime, toward goal: SimTime) -> SimTime {
        func first(every g: Int64, from: Int64) -> Int64 {
            let from = max(now.micros + 1, from)
            return (from + g - 1) / g * g
        }
        return SimTime(micros: min(first(every: grid.micros, from: goal.micros - window.micros - grid.micros),
                                   first(every: drainGrid.micros, from: goal.micros - drainLookback.micros)))
    }

    /// True for a read a rate or drain estimate at `now` or later will not use: a grid instant
    /// older than the rate window, a whole second older than the drain lookback.
    static func forgets(_ atMillis: Int64, now: SimTime) -> Bool {
        let at = atMillis * 1000
        if at < (now - drainLookback).micros { return true }
        return at < (now - window - grid).micros && at % drainGrid.micros != 0
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
