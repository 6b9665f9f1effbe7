#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The C math library, named once so the model files need no platform imports.
@inlinable func mathLog(_ x: Double) -> Double { log(x) }
@inlinable func mathExp(_ x: Double) -> Double { exp(x) }
@inlinable func mathLog1p(_ x: Double) -> Double { log1p(x) }
@inlinable func mathSqrt(_ x: Double) -> Double { sqrt(x) }
@inlinable func mathCos(_ x: Double) -> Double { cos(x) }
@inlinable func mathLogGamma(_ x: Double) -> Double { lgamma(x) }
@inlinable func mathFloor(_ x: Double) -> Double { floor(x) }

/// The largest whole count a double is converted to: about 73,000 years in microseconds.
/// Far past any run's end, yet small enough that adding a few of them cannot overflow.
@usableFromInline let saturationLimit: Int64 = 1 << 61

/// A non-negative quantity (microseconds, bytes, records) rounded to a whole number, saturating:
/// a tiny rate's gap, a lognormal tail or a huge slow-down factor becomes "far away", never a
/// trap; NaN saturates too. Negative values become 0. Rounds half away from zero.
///
/// Its own function rather than a default argument of the one below: with the rounding rule a
/// parameter the compiler kept the generic `rounded(_:)` (a libm call and enum metadata) on every
/// arrival of the task-queue path.
@inlinable @inline(__always) func saturating(_ x: Double) -> Int64 {
    guard x < Double(saturationLimit) else { return saturationLimit }
    return x > 0 ? roundedToInt64(x) : 0
}

/// `Int64(x.rounded())` (half away from zero) without libm's `round`, which x86-64 cannot
/// inline: the per-message paths round publish instants and byte counts. Exact for any |x| < 2^63:
/// below 2^52 the fraction `x − trunc(x)` is exact, above it `x` is whole.
@inlinable @inline(__always) func roundedToInt64(_ x: Double) -> Int64 {
    let t = Int64(x)
    let fraction = x - Double(t)
    return fraction >= 0.5 ? t + 1 : fraction <= -0.5 ? t - 1 : t
}

/// `saturating(_:)` with another rounding rule (`.up`, `.down`).
@inlinable func saturating(_ x: Double, _ rule: FloatingPointRoundingRule) -> Int64 {
    guard x < Double(saturationLimit) else { return saturationLimit }
    return x > 0 ? Int64(x.rounded(rule)) : 0
}
