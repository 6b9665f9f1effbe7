/// How much of a split one part takes.
public enum Extent: Hashable, Sendable {
    /// Exactly this many cells (less when the space runs out).
    case fixed(Int)
    /// A share of what the fixed parts leave, by weight.
    case fill(Int)
    /// A share of what the fixed parts leave, but at least `min` cells when possible.
    case fillAtLeast(Int, weight: Int)
}
