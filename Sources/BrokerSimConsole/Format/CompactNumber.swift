/// Counts in at most five columns or so, for dense panels: `987`, `12.3k`, `4.5M`.
public enum CompactNumber {
    /// Below 10,000 the exact number with a thousands comma; above it one
    /// decimal under 100 of a unit (`12.3k`) and none above (`456k`).
    public static func format(_ n: Int64) -> String {
        if n < 0 { return "-" + format(-n) }
        if n < 10_000 { return grouped(n) }
        let units: [(Int64, String)] = [(1_000_000_000_000, "T"), (1_000_000_000, "G"), (1_000_000, "M"), (1_000, "k")]
        for (size, suffix) in units where n >= size {
            // Tenths, truncated, so a value never reads bigger than it is.
            let tenths = n / (size / 10)
            if tenths < 1000 { return "\(tenths / 10).\(tenths % 10)\(suffix)" }
            return "\(n / size)\(suffix)"
        }
        return grouped(n)
    }

    public static func format(_ n: Int) -> String { format(Int64(n)) }

    /// A per-second rate: `0/s`, `12/s`, `1.5k/s`; fractions below 10 keep one decimal.
    public static func rate(_ perSecond: Double) -> String {
        if perSecond > 0 && perSecond < 10 {
            let tenths = Int64((perSecond * 10).rounded())
            return "\(tenths / 10).\(tenths % 10)/s"
        }
        return format(Int64(perSecond.rounded())) + "/s"
    }

    /// `1234` → `1,234`.
    public static func grouped(_ n: Int64) -> String {
        var digits = String(n)
        var out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return digits + out
    }
}
