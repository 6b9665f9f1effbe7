/// A queue's rates per second, as `SnapshotHistory.rates` computes them.
public struct QueueRates: Hashable, Sendable {
    public var inRate: Double
    public var outRate: Double
    public var redeliverRate: Double

    public init(inRate: Double, outRate: Double, redeliverRate: Double) {
        self.inRate = inRate; self.outRate = outRate; self.redeliverRate = redeliverRate
    }
}
