import BrokerSimUnits

/// Text forms of simulated times and spans, as the console shows them.
public enum ClockText {
    /// `HH:MM:SS.mmm`, with `Nd ` in front from one day on (`2d 03:04:05.006`).
    /// Microseconds are truncated, so the clock never shows a time not yet reached.
    public static func clock(_ t: SimTime) -> String {
        let totalMillis = max(0, t.micros) / 1000
        let ms = totalMillis % 1000
        let totalSeconds = totalMillis / 1000
        let s = totalSeconds % 60, m = (totalSeconds / 60) % 60, h = (totalSeconds / 3600) % 24
        let d = totalSeconds / 86400
        let hms = "\(two(h)):\(two(m)):\(two(s)).\(three(ms))"
        return d > 0 ? "\(d)d \(hms)" : hms
    }

    /// A short span for lag and ETA: `850ms`, `42s`, `3m20s`, `2h05m`, `3d04h`.
    /// Two units at most: a reader wants the size, not the digits.
    public static func span(_ d: SimDuration) -> String {
        let us = max(0, d.micros)
        if us < 1_000_000 { return "\(us / 1000)ms" }
        let s = us / 1_000_000
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m\(two(s % 60))s" }
        if s < 86400 { return "\(s / 3600)h\(two((s / 60) % 60))m" }
        return "\(s / 86400)d\(two((s / 3600) % 24))h"
    }

    static func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
    static func three(_ v: Int64) -> String { v < 10 ? "00\(v)" : v < 100 ? "0\(v)" : "\(v)" }
}
