/// Whether a source's values are current: when it last read the broker, and why it could
/// not since.
public struct ReadStatus: Hashable, Sendable {
    /// The last good read, ms since the epoch; nil before the first.
    public var lastRead: Int64?
    /// Why the latest attempt failed (`connection refused`); nil when it succeeded.
    public var lastError: String?
    /// The polling interval: values older than two of them are stale even without an error.
    public var intervalMillis: Int64

    public init(lastRead: Int64? = nil, lastError: String? = nil, intervalMillis: Int64) {
        self.lastRead = lastRead; self.lastError = lastError; self.intervalMillis = intervalMillis
    }

    public func isStale(now: Int64) -> Bool {
        guard let lastRead else { return true }
        return lastError != nil || now - lastRead > 2 * intervalMillis + 1_000
    }

    /// `stale 12 s: connection refused`; nil while current.
    public func staleText(now: Int64) -> String? {
        guard isStale(now: now) else { return nil }
        let reason = lastError ?? "no answer yet"
        guard let lastRead else { return "no data: \(reason)" }
        return "stale \(max(0, now - lastRead) / 1000) s: \(reason)"
    }
}
