import BrokerSimCore

extension Report {
    static func services(_ w: World) -> JSONValue { .object([]) }
    /// `ok`, `failed`, `timed_out` and wait percentiles: null for producers that do not call.
    static func callerFields(_ w: World, _ p: Int) -> [(String, JSONValue)] {
        [("ok", .null), ("failed", .null), ("timed_out", .null), ("latency_p50", .null), ("latency_p99", .null)]
    }
}
