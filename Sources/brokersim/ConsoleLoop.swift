import ArgumentParser
import BrokerSimConsole
import Foundation
import NcursesTerminal

/// The terminal half of the console (docs/console.md): one thread, no async. Draw what the
/// source shows, present only what changed, wait for a key with a timeout, hand it over.
/// Everything between a key and a frame is `ConsoleDriver`'s, shared with the tests.
enum ConsoleLoop {
    /// How a session ended.
    enum Outcome: Equatable {
        /// `q` (or Ctrl-C read as a key).
        case quit
        /// SIGINT, SIGTERM or SIGHUP.
        case signal(Int32)
        /// `n` / Enter in the course: on to the next chapter.
        case next
    }

    /// A terminal session for `body`, torn down on every way out.
    static func withSession(_ body: (TerminalSession) throws -> Void) throws {
        let session: TerminalSession
        do { session = try TerminalSession(environment: ProcessInfo.processInfo.environment) } catch {
            Output.err("brokersim: \(error)\n")
            throw ExitCode(Exit.invalid)
        }
        defer { session.teardown() }
        try body(session)
        session.teardown()
    }

    /// Runs the console on `source` until the user leaves or a signal comes.
    static func run(_ source: any ReadingSource, state: ConsoleState, _ session: TerminalSession) -> Outcome {
        let driver = ConsoleDriver(source: source, state: state, clock: .started())
        var shown: CellGrid?
        while true {
            if let sig = session.pendingSignal() { return .signal(sig) }
            let screen = driver.draw(size: session.size, glyphs: session.glyphs)
            if screen.grid != shown {
                session.present(screen.grid)
                shown = screen.grid
            }
            guard let key = session.readKey(timeoutMilliseconds: driver.waitMillis) else { continue }
            switch driver.press(key) {
            case .quit: return .quit
            case .next: return .next
            case nil: continue
            }
        }
    }
}
