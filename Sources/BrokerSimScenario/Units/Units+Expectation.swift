import Foundation

extension Units {
    /// The right-hand side of an expectation: `null`, or a number with an optional unit from the grammar,
    /// converted to report units (durations → seconds, sizes → bytes, counts, `%` → fraction, rates → per second).
    static func expectedValue(_ text: String) -> Result<ExpectedValue, UnitError> {
        if text == "null" { return .success(.null) }
        let bad = UnitError("invalid value '\(text)': expected a number (with an optional unit) or null")
        guard let (number, suffix) = splitNumber(text[...]) else { return .failure(bad) }
        if suffix.isEmpty { return .success(.number(double(number))) }
        if suffix == "%" { return .success(.number(double(number / 100))) }
        if text.contains("/") { return rate(text).map { .number($0) } }
        if let unit = micros(perUnit: suffix) { return .success(.number(double(number * Decimal(unit) / 1_000_000))) }
        if ["k", "M", "G"].contains(suffix) { return scaledCount(text, what: "value").map { .number(double($0)) } }
        if ["B", "KB", "MB", "GB", "TB"].contains(suffix) { return sizeDecimal(text).map { .number(double($0)) } }
        if suffix.first!.isLetter { return .failure(UnitError("unknown unit '\(suffix)' in value '\(text)'")) }
        return .failure(bad)
    }
}
