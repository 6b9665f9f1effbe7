import BrokerSimConsole
import BrokerSimRabbitMQ
import BrokerSimSnapshot
import Foundation

/// What the live console loop draws from: a broker being read, or a recording of one.
protocol SnapshotSource: AnyObject {
    var capabilities: SourceCapabilities { get }
    /// Takes in what arrived (live) or moves through the recording (replay).
    func tick(state: ConsoleState, wall: Int64)
    func frame(now: Int64, state: ConsoleState) -> Frame
    func seek(reads: Int)
    func step()
    func restart()
}

/// A broker read by a poller thread; the loop only takes what it has read.
final class PolledSource: SnapshotSource {
    let poller: LivePoller
    let session: LiveSession
    var history = SnapshotHistory()
    var status: ReadStatus

    init(_ session: LiveSession) {
        self.session = session
        poller = LivePoller(client: session.client, intervalMillis: session.intervalMillis)
        if let first = session.report.history.latest { history.record(first) }
        status = ReadStatus(lastRead: history.latest?.readAt, intervalMillis: session.intervalMillis)
        poller.start()
    }

    deinit { poller.stop() }

    var capabilities: SourceCapabilities { .live }

    func tick(state: ConsoleState, wall: Int64) {
        let taken = poller.take()
        for s in taken.fresh {
            history.record(s)
            session.keep(s)
        }
        // Before the poller's first read the first snapshot (read at start) is the last good one.
        status = taken.status
        if status.lastRead == nil { status.lastRead = history.latest?.readAt }
    }

    func frame(now: Int64, state: ConsoleState) -> Frame { Frame(history: history, status: status, now: now) }
    func seek(reads: Int) {}
    func step() {}
    func restart() {}
}

/// A recording played back at its recorded pace (times the speed), with pause, step and seek.
final class RecordingSource: SnapshotSource {
    let snapshots: [Snapshot]
    /// Index of the newest read shown.
    var position = 0
    var history = SnapshotHistory()
    /// Wall time (µs) and recorded time (ms) the playback counts from, reset on every change.
    var wallBase: Int64 = 0
    var recordedBase: Int64

    init(_ snapshots: [Snapshot]) {
        self.snapshots = snapshots
        recordedBase = snapshots[0].readAt
        rebuild()
    }

    var capabilities: SourceCapabilities { .recording }

    func rebuild() {
        history = SnapshotHistory()
        for s in snapshots[max(0, position - SnapshotHistory.capacity + 1)...position] { history.record(s) }
    }

    func rebase(wall: Int64) {
        wallBase = wall
        recordedBase = snapshots[position].readAt
    }

    func tick(state: ConsoleState, wall: Int64) {
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

    func frame(now: Int64, state: ConsoleState) -> Frame {
        var f = Frame(history: history, status: nil, now: snapshots[position].readAt, replay: true)
        f.finished = position == snapshots.count - 1
        return f
    }

    func seek(reads: Int) {
        position = min(max(0, position + reads), snapshots.count - 1)
        rebuild()
        recordedBase = snapshots[position].readAt
    }

    func step() { seek(reads: 1) }
    func restart() { seek(reads: -position) }
}
