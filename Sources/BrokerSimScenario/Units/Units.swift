import BrokerSimCore
import Foundation

/// The unit grammar of docs/scenarios.md, applied to the raw text of a scalar.
///
/// Case-sensitive on purpose: `1m` is a minute, `1M` a million. Numbers are
/// decimal (`010` is ten); YAML 1.1 spellings such as `1:30` or `yes` are errors.
enum Units {
    static let durationUnits = "us, ms, s, m, h, d, w"

    /// Microseconds per duration unit.
    static func micros(perUnit unit: Substring) -> Int64? {
        switch unit {
        case "us": 1
        case "ms": 1_000
        case "s": 1_000_000
        case "m": 60_000_000
        case "h": 3_600_000_000
        case "d": 86_400_000_000
        case "w": 604_800_000_000
        default: nil
        }
    }

    /// Splits `12.5ms` into a decimal `12.5` and the suffix `ms`.
    ///
    /// The number is `-?digits(.digits)?`; nil when the text does not start with one.
    static func splitNumber(_ text: Substring) -> (number: Decimal, suffix: Substring)? {
        var i = text.startIndex
        if i < text.endIndex, text[i] == "-" { i = text.index(after: i) }
        let digitsStart = i
        while i < text.endIndex, text[i].isASCII, text[i].isNumber { i = text.index(after: i) }
        guard i > digitsStart else { return nil }
        if i < text.endIndex, text[i] == "." {
            let afterDot = text.index(after: i)
            var j = afterDot
            while j < text.endIndex, text[j].isASCII, text[j].isNumber { j = text.index(after: j) }
            if j > afterDot { i = j }
        }
        guard let number = Decimal(string: String(text[..<i]), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return (number, text[i...])
    }

    static func double(_ d: Decimal) -> Double { NSDecimalNumber(decimal: d).doubleValue }

    /// Rounds half away from zero to an Int64; nil when out of range.
    static func rounded(_ d: Decimal) -> Int64? {
        var value = d, result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        guard result.magnitude < Decimal(Int64.max) else { return nil }
        return NSDecimalNumber(decimal: result).int64Value
    }

    static func isWhole(_ d: Decimal) -> Bool {
        var value = d, result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return result == d
    }

    /// `1.5s`, `250ms`, `2h`, `30` (seconds); rounded to the nearest microsecond.
    static func duration(_ text: String) -> Result<SimDuration, UnitError> {
        let bad = UnitError("invalid duration '\(text)': expected a number with a unit (\(durationUnits))")
        guard let (number, suffix) = splitNumber(text[...]) else { return .failure(bad) }
        let unit: Int64
        if suffix.isEmpty {
            unit = 1_000_000
        } else if let u = micros(perUnit: suffix) {
            unit = u
        } else if suffix.first!.isLetter {
            return .failure(UnitError("unknown unit '\(suffix)' in duration '\(text)'"))
        } else {
            return .failure(bad)
        }
        if number < 0 { return .failure(UnitError("negative duration '\(text)'")) }
        guard let micros = rounded(number * Decimal(unit)) else {
            return .failure(UnitError("duration '\(text)' is too long"))
        }
        return .success(SimDuration(micros: micros))
    }

    /// `10000`, `10k`, `2.5M`, `1G`: a whole, non-negative number.
    static func count(_ text: String) -> Result<Int64, UnitError> {
        switch scaledCount(text, what: "count") {
        case .failure(let e): return .failure(e)
        case .success(let value):
            guard isWhole(value) else { return .failure(UnitError("count '\(text)' is not a whole number")) }
            guard value >= 0 else { return .failure(UnitError("negative count '\(text)'")) }
            guard let n = rounded(value) else { return .failure(UnitError("count '\(text)' is too large")) }
            return .success(n)
        }
    }

    /// A number with an optional `k`, `M` or `G` multiplier; fractions allowed (rates use them).
    static func scaledCount(_ text: String, what: String) -> Result<Decimal, UnitError> {
        guard let (number, suffix) = splitNumber(text[...]) else {
            return .failure(UnitError("invalid \(what) '\(text)': expected a number, optionally with k, M or G"))
        }
        let factor: Decimal
        switch suffix {
        case "": factor = 1
        case "k": factor = 1_000
        case "M": factor = 1_000_000
        case "G": factor = 1_000_000_000
        case "m": return .failure(UnitError("unknown unit 'm' in \(what) '\(text)' (millions are 'M'; 'm' is minutes)"))
        default:
            if suffix.first!.isLetter { return .failure(UnitError("unknown unit '\(suffix)' in \(what) '\(text)'")) }
            return .failure(UnitError("invalid \(what) '\(text)': expected a number, optionally with k, M or G"))
        }
        return .success(number * factor)
    }

    /// `500/s`, `2k/s`, `30/m`, `100/h`, `10/d`; a bare number is per second. Per second, non-negative.
    static func rate(_ text: String) -> Result<Double, UnitError> {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 1, let (_, suffix) = splitNumber(parts[0]), !suffix.isEmpty, suffix.allSatisfy(\.isLetter),
           micros(perUnit: suffix) != nil {
            return .failure(UnitError("invalid rate '\(text)': expected a count per unit, e.g. 500/s"))
        }
        let count: Decimal
        switch scaledCount(String(parts[0]), what: "rate") {
        case .failure(let e): return .failure(e)
        case .success(let c): count = c
        }
        if count < 0 { return .failure(UnitError("negative rate '\(text)'")) }
        var seconds: Decimal = 1
        if parts.count == 2 {
            switch parts[1] {
            case "s": seconds = 1
            case "m": seconds = 60
            case "h": seconds = 3_600
            case "d": seconds = 86_400
            case "w": seconds = 604_800
            default: return .failure(UnitError("unknown unit '\(parts[1])' in rate '\(text)' (expected s, m, h, d or w)"))
            }
        }
        let perSecond = double(count) / double(seconds)
        guard perSecond <= Limits.rate else {
            return .failure(UnitError("rate '\(text)' is more than the 1G/s brokersim can simulate"))
        }
        return .success(perSecond)
    }

    /// `512 MB`, `3.2 GB`: a byte count for messages (powers of 1024, as sizes are read).
    static func spelledBytes(_ bytes: Double) -> String {
        let units = ["B", "KB", "MB", "GB", "TB", "PB", "EB"]
        var v = bytes, i = 0
        while v >= 1024 && i < units.count - 1 { v /= 1024; i += 1 }
        if !v.isFinite { return "an unbounded size" }
        return i == 0 ? "\(Int(v)) B" : String(format: "%.4g %@", v, units[i])
    }

    /// `512B`, `4KB`, `2MB`, `1GB`, `1TB` (powers of 1024); a bare number is bytes.
    static func sizeDecimal(_ text: String) -> Result<Decimal, UnitError> {
        guard let (number, suffix) = splitNumber(text[...]) else {
            return .failure(UnitError("invalid size '\(text)': expected a number with B, KB, MB, GB or TB"))
        }
        let factor: Decimal
        switch suffix {
        case "", "B": factor = 1
        case "KB": factor = 1_024
        case "MB": factor = 1_048_576
        case "GB": factor = 1_073_741_824
        case "TB": factor = 1_099_511_627_776
        default:
            if suffix.first!.isLetter { return .failure(UnitError("unknown unit '\(suffix)' in size '\(text)'")) }
            return .failure(UnitError("invalid size '\(text)': expected a number with B, KB, MB, GB or TB"))
        }
        if number < 0 { return .failure(UnitError("negative size '\(text)'")) }
        return .success(number * factor)
    }

    /// A size in whole bytes (rounded).
    static func size(_ text: String) -> Result<Int64, UnitError> {
        sizeDecimal(text).flatMap { value in
            rounded(value).map { .success($0) } ?? .failure(UnitError("size '\(text)' is too large"))
        }
    }

    /// `0.01` or `1%`, between 0 and 1.
    static func share(_ text: String) -> Result<Double, UnitError> {
        guard let (number, suffix) = splitNumber(text[...]), suffix.isEmpty || suffix == "%" else {
            return .failure(UnitError("invalid share '\(text)': expected a fraction like 0.01 or a percentage like 1%"))
        }
        let value = suffix == "%" ? number / 100 : number
        guard value >= 0, value <= 1 else { return .failure(UnitError("share '\(text)' is not between 0 and 1 (0% and 100%)")) }
        return .success(double(value))
    }

    /// A plain decimal number (a slow-down factor, a sigma).
    static func number(_ text: String) -> Result<Double, UnitError> {
        guard let (number, suffix) = splitNumber(text[...]), suffix.isEmpty else {
            return .failure(UnitError("invalid number '\(text)'"))
        }
        return .success(double(number))
    }

    /// `true` or `false` only: YAML 1.1's `yes`, `on` and friends are refused.
    static func bool(_ text: String) -> Result<Bool, UnitError> {
        switch text {
        case "true": .success(true)
        case "false": .success(false)
        default: .failure(UnitError("invalid boolean '\(text)': use true or false"))
        }
    }
}
