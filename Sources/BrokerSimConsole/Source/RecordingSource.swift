import BrokerSimSnapshot

/// A recording of a watched broker (`brokersim replay FILE`), played at its recorded pace
/// times the speed, with pause, step and seek; interventions are refused (it already happened).
public final class RecordingSource: ReadingSource {
    public let snapshots: [Snapshot]
    /// Index of the newest read shown.
    public private(set) var position = 0
    var history = SnapshotHistory()
    /// Wall time (µs) and recorded time (ms) the playback counts from, reset on every change.
    var wallBase: Int64 = 0
    var recordedBase: Int64

    /// - Precondition: `snapshots` is not empty (`SnapshotRecording.read` never returns none).
    public init(_ snapshots: [Snapshot]) {
        self.snapshots = snapshots
        recordedBase = snapshots[0].readAt
        rebuild()
    }

    public var capabilities: SourceCapabilities { .recording }
    public var refusal: String { "A recording is watched, not changed: that key is for simulations" }

    /// The history as it stood at `position`: a seek shows the sparklines of that moment, from
    /// the first read on as they were drawn live.
    func rebuild() {
        history = SnapshotHistory()
        for s in snapshots[0...position] { history.record(s) }
    }

    func rebase(wall: Int64) {
        wallBase = wall
        recordedBase = snapshots[position].readAt
    }

    public func start(_ state: inout ConsoleState, clock: WallClock) { rebase(wall: clock.now) }

    public func tick(_ state: inout ConsoleState, clock: WallClock, deadline: Int64) {
        let wall = clock.now
        guard !state.paused, position < snapshots.count - 1 else { rebase(wall: wall); return }
        let factor: Double
        switch state.speed {
        case .times(let k): factor = k
        case .max: factor = 1e9
        }
        let target = recordedBase + Int64(Double(wall - wallBase) / 1000 * factor)
        var moved = false
        while position < snapshots.count - 1 && snapshots[position + 1].readAt <= target {
            position += 1
            history.record(snapshots[position])
            moved = true
        }
        if moved && position == snapshots.count - 1 { rebase(wall: wall) }
    }

    public func frames(_ state: ConsoleState) -> [Frame] {
        var f = Frame(history: history, status: nil, now: snapshots[position].readAt, replay: true)
        f.finished = position == snapshots.count - 1
        return [f]
    }

    public func perform(_ effect: ConsoleEffect, _ state: inout ConsoleState, frames: [Frame], clock: WallClock) {
        switch effect {
        case .seek(let n): seek(reads: n)
        case .step: seek(reads: 1)
        case .restartRun: seek(reads: -position)
        case .seekToEnd: seek(reads: snapshots.count)
        default: return
        }
        rebase(wall: clock.now)
    }

    public func settle(_ state: inout ConsoleState, from before: ConsoleState, clock: WallClock) {
        // A new speed or a resume counts from now, not from when the playback last moved.
        if state.paused != before.paused || state.speed != before.speed { rebase(wall: clock.now) }
    }

    /// Moving, a few redraws a second keep the replay going; paused or at the end, a key is awaited.
    public func idleMillis(_ state: ConsoleState) -> Int? { 250 }

    func seek(reads: Int) {
        position = min(max(0, position + reads), snapshots.count - 1)
        rebuild()
    }
}
