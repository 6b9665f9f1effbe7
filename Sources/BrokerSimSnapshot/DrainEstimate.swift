/// When a queue will be empty, judged from how its depth moved.
public enum DrainEstimate: Hashable, Sendable {
    case empty
    /// Seconds to empty at the recent pace.
    case seconds(Double)
    /// Depth rising this many messages per second: it will not drain.
    case growing(Double)
    /// Depth steady while messages flow: as much arrives as leaves.
    case holding
    /// Depth steady and nothing leaving.
    case stalled
    /// One read so far.
    case unknown
    /// A RabbitMQ stream: reading removes nothing, so there is nothing to drain (only retention
    /// shortens it).
    case notConsumed

    /// `drains in 1m 10s`, `growing 12/s`, `holding`, `stalled`; nil when empty, unknown or a stream.
    public var text: String? {
        switch self {
        case .empty, .unknown, .notConsumed: return nil
        case .seconds(let s): return "drains in \(Self.duration(s))"
        case .growing(let r): return "growing \(Self.rate(r))/s"
        case .holding: return "holding"
        case .stalled: return "stalled"
        }
    }

    static func duration(_ s: Double) -> String {
        let t = Int64(s.rounded(.up))
        if t < 60 { return "\(t)s" }
        if t < 3600 { return "\(t / 60)m \(t % 60)s" }
        if t < 86_400 { return "\(t / 3600)h \(t % 3600 / 60)m" }
        return "\(t / 86_400)d \(t % 86_400 / 3600)h"
    }

    /// `0.4`, `14`, `2,922`: grouped like every other count on screen.
    static func rate(_ r: Double) -> String {
        guard r >= 10 else { return String(Double(Int64((r * 10).rounded())) / 10) }
        var digits = String(Int64(r.rounded())), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return digits + out
    }
}
