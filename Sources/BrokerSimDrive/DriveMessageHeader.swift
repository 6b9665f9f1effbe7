/// The first bytes of every message the driver publishes: which producer sent it, its number,
/// when (monotonic nanoseconds of this process) and whether it is poison, so that a worker can
/// measure the latency from publish to ack, and fail a poison message every time it gets it,
/// without any per-message state on the driver's side.
struct DriveMessageHeader: Equatable {
    static let size = 18
    var producer: UInt8
    var sequence: UInt64
    var publishedNanos: UInt64
    /// Fails every time a worker processes it (the producer's `poison:`), redeliveries included.
    var poison = false

    init(producer: UInt8, sequence: UInt64, publishedNanos: UInt64, poison: Bool = false) {
        self.producer = producer; self.sequence = sequence; self.publishedNanos = publishedNanos; self.poison = poison
    }

    /// nil when the body is too short to be one of ours.
    init?(_ bytes: [UInt8], count: Int) {
        guard count >= Self.size else { return nil }
        producer = bytes[0]
        sequence = Self.read(bytes, at: 1)
        publishedNanos = Self.read(bytes, at: 9)
        poison = bytes[17] & 1 != 0
    }

    /// The header followed by filler up to `size` bytes.
    func body(size: Int) -> [UInt8] {
        var b = [UInt8](repeating: 0x2E, count: max(Self.size, size))
        b[0] = producer
        Self.write(sequence, into: &b, at: 1)
        Self.write(publishedNanos, into: &b, at: 9)
        b[17] = poison ? 1 : 0
        return b
    }

    static func read(_ b: [UInt8], at i: Int) -> UInt64 {
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(b[i + k]) << (8 * UInt64(k)) }
        return v
    }

    static func write(_ v: UInt64, into b: inout [UInt8], at i: Int) {
        for k in 0..<8 { b[i + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(k))) }
    }
}
