/// How fast simulated time runs against wall time.
public enum Speed: Hashable, Sendable {
    /// Simulated seconds per wall second, between `Speed.slowest` and `Speed.fastest`.
    case times(Double)
    /// As fast as the per-frame work budget allows.
    case max

    public static let slowest = 0.1
    public static let fastest = 10_000.0
    /// The steps `+` and `-` walk through; `max` comes after the last.
    public static let ladder: [Double] = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000]

    /// A speed from `--speed X`, clamped to the range the console supports.
    public static func clamped(_ x: Double) -> Speed {
        guard x.isFinite else { return .max }
        return .times(Swift.min(fastest, Swift.max(slowest, x)))
    }

    /// The next step up: the smallest ladder value above this one, then `max`.
    public var faster: Speed {
        switch self {
        case .max: return .max
        case .times(let k):
            if let next = Speed.ladder.first(where: { $0 > k * 1.000_001 }) { return .times(next) }
            return .max
        }
    }

    /// The next step down: `max` goes to the fastest, the rest to the largest
    /// ladder value below, never under the slowest.
    public var slower: Speed {
        switch self {
        case .max: return .times(Speed.fastest)
        case .times(let k):
            return .times(Speed.ladder.last(where: { $0 < k * 0.999_999 }) ?? Speed.slowest)
        }
    }

    /// `0.1×`, `1×`, `2.5×`, `10,000×`, `max` (with `x` for the sign in ASCII).
    public func label(times sign: String = "×") -> String {
        switch self {
        case .max: return "max"
        case .times(let k):
            if k >= 1, k == k.rounded() { return CompactNumber.grouped(Int64(k)) + sign }
            let hundredths = Int64((k * 100).rounded())
            var s = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
            return s + sign
        }
    }
}
