/// A small, fast, seedable generator (SplitMix64, Steele et al. 2014).
///
/// Every entity gets its own stream, derived from the run's seed and the
/// entity's name with `StableHash`, so adding a worker does not shift the
/// random numbers another worker sees.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    @inlinable public init(seed: UInt64) { state = seed }

    /// A stream for one named entity of a run.
    public init(seed: UInt64, stream name: String) {
        state = seed ^ StableHash.fnv1a(name) &* 0x9E37_79B9_7F4A_7C15
        _ = next()
    }

    @inlinable public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1) with 53 random bits.
    @inlinable public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in (0, 1]: safe to take the logarithm of.
    @inlinable public mutating func openUnit() -> Double {
        Double((next() >> 11) + 1) * 0x1.0p-53
    }

    /// Uniform integer in 0..<n (n > 0), by Lemire's multiply-shift; bias is below 2⁻³² for n < 2³².
    @inlinable public mutating func below(_ n: UInt64) -> UInt64 {
        n.multipliedFullWidth(by: next()).high
    }
}

/// FNV-1a over UTF-8 bytes: a hash that is the same in every process, unlike `hashValue`.
public enum StableHash {
    public static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
