import ArgumentParser
import BrokerSimConsole
import BrokerSimSnapshot
import Foundation
import NcursesTerminal

/// The console over a real broker (`brokersim watch URL`) or a recording of one
/// (`brokersim replay FILE`): the same screens, drawn from snapshots; only the keys the
/// source can honour are offered.
enum LiveConsole {
    static func open(_ session: LiveSession) throws {
        let source = PolledSource(session)
        defer { source.poller.stop() }
        try ConsoleRun.withSession { loop(source, $0) }
    }

    static func replay(_ snapshots: [Snapshot], file: String) throws {
        let source = RecordingSource(snapshots)
        try ConsoleRun.withSession { loop(source, $0) }
    }

    static func loop(_ source: SnapshotSource, _ session: TerminalSession) {
        let clock = ContinuousClock()
        let started = clock.now
        func wall() -> Int64 {
            let d = clock.now - started
            return d.components.seconds * 1_000_000 + d.components.attoseconds / 1_000_000_000_000
        }
        var state = ConsoleState(paused: false, speed: .times(1))
        state.capabilities = source.capabilities
        var shown: CellGrid?
        while true {
            if session.pendingSignal() != nil { return }
            source.tick(state: state, wall: wall())
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            let frame = source.frame(now: now, state: state)
            let screen = ConsoleView.render(state: state, frames: [frame], size: session.size, glyphs: session.glyphs)
            state.hitAreas = screen.hitAreas
            state.scroll = screen.scroll
            if screen.grid != shown {
                session.present(screen.grid)
                shown = screen.grid
            }
            // A few redraws a second keep the staleness count and the replay moving.
            guard let key = session.readKey(timeoutMilliseconds: 250) else { continue }
            guard let action = state.filtering ? KeyMap.standard.typingAction(for: key) : KeyMap.standard.action(for: key)
            else { continue }
            guard source.capabilities.allows(action) else {
                state.message = source.capabilities.contains(.pause)
                    ? "A recording is watched, not changed: that key is for simulations"
                    : "A live broker is watched, not driven: that key is for simulations (brokersim run)"
                continue
            }
            for effect in state.reduce(action, frame: frame) {
                switch effect {
                case .quit: return
                case .seek(let n): source.seek(reads: n)
                case .step: source.step()
                case .restartRun: source.restart()
                default: break
                }
            }
        }
    }
}
