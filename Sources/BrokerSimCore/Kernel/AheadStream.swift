/// A random stream whose next standard exponential is drawn one call ahead, for the per-message
/// draws the next event depends on (a Poisson producer's gap, a worker's exponential work time).
///
/// Drawn on demand, the value sat at the end of a chain of dependent multiplies and the
/// logarithm-free ziggurat step, and the very next thing the loop did was compare the instant it
/// made with the heap's earliest: a branch the processor could not settle until the chain was
/// done, and guessed wrong about as often as not. Drawn a call ahead, the value is ready when it
/// is needed. The values are the ones `rng.standardExponential()` gives, in the same order: any
/// other use of the stream (`rng`) first gives the value drawn ahead back (the state before it
/// is kept), so a stream shared with other draws sees exactly the sequence it saw before.
public struct AheadStream: Sendable {
    @usableFromInline var base: SplitMix64
    /// `base.state` before the value drawn ahead.
    @usableFromInline var before: UInt64 = 0
    @usableFromInline var next: Double = 0
    @usableFromInline var ahead = false

    public init(_ rng: SplitMix64) { base = rng }

    /// The stream as every other draw sees it, with no value drawn ahead.
    public var rng: SplitMix64 {
        get { ahead ? SplitMix64(seed: before) : base }
        _modify {
            if ahead { base.state = before; ahead = false }
            yield &base
        }
        set { base = newValue; ahead = false }
    }

    /// `rng.standardExponential()`: the same value, with the following one drawn ahead.
    @inlinable @inline(__always)
    public mutating func standardExponential() -> Double {
        let v = ahead ? next : base.standardExponential()
        before = base.state
        next = base.standardExponential()
        ahead = true
        return v
    }
}
