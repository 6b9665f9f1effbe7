/// A RabbitMQ stream as the console draws it: a tape like a topic partition's, from its first
/// offset (where retention has cut) to its end, a mark per reading consumer.
public struct QueueTapeReading: Hashable, Sendable {
    public var logStart: Int64
    public var logEnd: Int64
    public var segmentBoundaries: [Int64]
    /// Reading consumers: their next offset and instance number (single active consumer: the active one only).
    public var consumers: [Consumer]
    public var deleted: Int64
    /// Messages read by consumers so far (each consumer reads every message).
    public var read: Int64

    public struct Consumer: Hashable, Sendable {
        public var offset: Int64
        public var number: Int
        public init(offset: Int64, number: Int) { self.offset = offset; self.number = number }
    }

    public init(logStart: Int64, logEnd: Int64, segmentBoundaries: [Int64], consumers: [Consumer], deleted: Int64, read: Int64) {
        self.logStart = logStart; self.logEnd = logEnd; self.segmentBoundaries = segmentBoundaries
        self.consumers = consumers; self.deleted = deleted; self.read = read
    }

    /// `1`…`9` by instance number, `+` past nine.
    static func label(_ number: Int) -> Unicode.Scalar { number <= 9 ? Unicode.Scalar(UInt8(48 + number)) : "+" }
}
