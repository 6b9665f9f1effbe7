/// A random quantity from docs/scenarios.md: a work time (in microseconds) or a size (in bytes).
///
/// Parameters are held in the base unit of the quantity; `sample` never
/// returns a negative value.
public enum Distribution: Sendable, Equatable {
    case constant(Double)
    case exponential(mean: Double)
    case uniform(low: Double, high: Double)
    /// Clamped at 0.
    case normal(mean: Double, sd: Double)
    /// Median and sigma of the underlying normal.
    case lognormal(median: Double, sigma: Double)

    /// The distribution's mean (of the clamped normal, the unclamped mean).
    public var mean: Double {
        switch self {
        case .constant(let v): return v
        case .exponential(let m): return m
        case .uniform(let lo, let hi): return (lo + hi) / 2
        case .normal(let m, _): return m
        case .lognormal(let med, let s): return med * mathExp(s * s / 2)
        }
    }

    public var isConstant: Bool { if case .constant = self { return true } else { return false } }

    @inlinable public func sample(_ rng: inout SplitMix64) -> Double {
        switch self {
        case .constant(let v): return v
        case .exponential(let m): return m * rng.standardExponential()
        case .uniform(let lo, let hi): return lo + (hi - lo) * rng.unit()
        case .normal(let m, let sd): return max(0, m + sd * Distribution.standardNormal(&rng))
        case .lognormal(let med, let s): return med * mathExp(s * Distribution.standardNormal(&rng))
        }
    }

    /// Rounded to whole microseconds, at least 0.
    @inlinable public func sampleDuration(_ rng: inout SplitMix64) -> SimDuration {
        SimDuration(micros: saturating(sample(&rng)))
    }

    /// A duration scaled by a slow-down factor (`slow:` on the timeline).
    @inlinable @inline(__always)
    public func sampleDuration(_ rng: inout SplitMix64, factor: Double) -> SimDuration {
        Self.duration(sample(&rng), factor: factor)
    }

    /// `sampleDuration(_:factor:)` from a stream drawn ahead (`AheadStream`): an exponential takes
    /// the value drawn ahead, every other distribution draws from the stream as before.
    @inlinable @inline(__always)
    public func sampleDuration(_ stream: inout AheadStream, factor: Double) -> SimDuration {
        if case .exponential(let m) = self { return Self.duration(m * stream.standardExponential(), factor: factor) }
        return sampleDuration(&stream.rng, factor: factor)
    }

    @inlinable @inline(__always)
    static func duration(_ sample: Double, factor: Double) -> SimDuration {
        // Samples are never negative, so adding one half and truncating rounds to nearest; a sample
        // past the saturation limit (a lognormal tail, a huge factor) stays there instead of trapping.
        let x = sample * factor + 0.5
        return SimDuration(micros: x < Double(saturationLimit) ? Int64(x) : saturationLimit)
    }

    /// Box–Muller; uses two uniforms per call so the stream position never depends on cached state.
    @inlinable static func standardNormal(_ rng: inout SplitMix64) -> Double {
        let u1 = rng.openUnit(), u2 = rng.unit()
        return mathSqrt(-2 * mathLog(u1)) * mathCos(2 * Double.pi * u2)
    }
}

extension SplitMix64 {
    /// A Poisson-distributed count with the given mean: Knuth's product method
    /// below 30, Hörmann's PTRS transformed rejection above (exact, O(1) expected).
    public mutating func poisson(mean: Double) -> Int64 {
        if mean <= 0 { return 0 }
        if mean < 30 {
            let limit = mathExp(-mean)
            var k: Int64 = 0
            var p = unit()
            while p > limit { k += 1; p *= unit() }
            return k
        }
        let slam = mathSqrt(mean), loglam = mathLog(mean)
        let b = 0.931 + 2.53 * slam
        let a = -0.059 + 0.02483 * b
        let invalpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = unit() - 0.5
            let v = openUnit()
            let us = 0.5 - abs(u)
            let k = mathFloor((2 * a / us + b) * u + mean + 0.43)
            if us >= 0.07 && v <= vr { return Int64(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            let lhs = mathLog(v) + mathLog(invalpha) - mathLog(a / (us * us) + b)
            let rhs = -mean + k * loglam - mathLogGamma(k + 1)
            if lhs <= rhs { return Int64(k) }
        }
    }
}
