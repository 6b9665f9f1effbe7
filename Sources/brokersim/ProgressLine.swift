import BrokerSimCore
import Foundation
import BrokerSimRunner
#if canImport(Glibc)
import Glibc
#endif

/// One line on stderr, redrawn in place, while a headless run takes longer than two seconds:
/// how much of the stop has been simulated, the wall time and the event rate. Only when stderr
/// is a terminal, so a report piped or captured in CI has none of it.
enum ProgressLine {
    /// Seconds of wall time before the line appears. `BROKERSIM_PROGRESS_AFTER` changes it, so a
    /// test (or a user who wants it sooner) need not run a debug build for seconds to see it.
    static let after: Double = {
        guard let text = ProcessInfo.processInfo.environment["BROKERSIM_PROGRESS_AFTER"],
              let seconds = Double(text), seconds.isFinite, seconds >= 0 else { return 2.0 }
        return seconds
    }()
    nonisolated(unsafe) static var lastDraw = 0.0
    nonisolated(unsafe) static var shown = false

    static var wanted: Bool { isatty(STDERR_FILENO) == 1 }

    static func draw(_ p: Runner.Progress) {
        guard p.wallSeconds >= after, p.wallSeconds - lastDraw >= 0.1 else { return }
        lastDraw = p.wallSeconds
        shown = true
        Output.err("\r" + text(p) + "\u{1B}[K")
    }

    /// Erases the line before the report or a message is written.
    static func clear() {
        guard shown else { return }
        shown = false
        Output.err("\r\u{1B}[K")
    }

    static func text(_ p: Runner.Progress) -> String {
        let share = p.end.micros > 0 ? Double(p.now.micros) / Double(p.end.micros) * 100 : 100
        let rate = p.wallSeconds > 0 ? Double(p.events) / p.wallSeconds : 0
        let variant = p.variant.map { "\($0): " } ?? ""
        return "\(variant)\(clock(p.now)) of \(clock(p.end)) simulated (\(Int(share))%) · "
            + "\(String(format: "%.1f", p.wallSeconds)) s wall · \(count(rate)) events/s"
    }

    /// `2d 03:04:05`, `00:01:30`.
    static func clock(_ t: SimTime) -> String {
        let s = t.micros / 1_000_000
        let hms = String(format: "%02lld:%02lld:%02lld", (s / 3600) % 24, (s / 60) % 60, s % 60)
        return s >= 86_400 ? "\(s / 86_400)d \(hms)" : hms
    }

    static func count(_ x: Double) -> String {
        switch x {
        case 1e9...: String(format: "%.1fG", x / 1e9)
        case 1e6...: String(format: "%.1fM", x / 1e6)
        case 1e3...: String(format: "%.1fk", x / 1e3)
        default: String(format: "%.0f", x)
        }
    }
}
