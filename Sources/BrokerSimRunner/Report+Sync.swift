import BrokerSimCore

extension Report {
    /// docs/report.md `services`: outcomes as the callers saw them (`calls = ok + failed + timed_out`);
    /// latency is the service's own, arrival at the instance to answer, late answers included.
    /// Added fields: `refused` (part of `failed`: no instance was up), `late` (answered after the
    /// caller timed out), `in_flight` (calls the instances hold now, abandoned ones included).
    static func services(_ w: World) -> JSONValue {
        .object(w.config.services.indices.map { s in
            let v = w.sync.services[s]
            return (w.config.services[s].name, .object([
                ("calls", .int(v.calls)), ("ok", .int(v.ok)), ("failed", .int(v.failed)),
                ("timed_out", .int(v.timedOut)),
                ("latency_p50", .seconds(v.latency.percentileSeconds(50))),
                ("latency_p99", .seconds(v.latency.percentileSeconds(99))),
                ("refused", .int(v.refused)), ("late", .int(v.late)),
                ("in_flight", .int(Int64(w.serviceCallsHeld(s)))),
            ]))
        })
    }

    /// A caller publishes nothing: its publish counters do not exist (null, docs/report.md), so that a
    /// side-by-side comparison does not read "0 published" as a broker refusing everything.
    /// `sent` (calls made) stays.
    static func callerPublishFields(_ fields: [(String, JSONValue)]) -> [(String, JSONValue)] {
        fields.map { $0.0 == "sent" ? $0 : ($0.0, .null) }
    }

    /// `ok`, `failed`, `timed_out` and wait percentiles (the caller's wait, whatever the outcome):
    /// null for producers that do not call.
    static func callerFields(_ w: World, _ p: Int) -> [(String, JSONValue)] {
        guard w.isCaller(p) else {
            return [("ok", .null), ("failed", .null), ("timed_out", .null), ("latency_p50", .null), ("latency_p99", .null)]
        }
        let c = w.sync.callers[p]
        return [("ok", .int(c.ok)), ("failed", .int(c.failed)), ("timed_out", .int(c.timedOut)),
                ("latency_p50", .seconds(c.wait.percentileSeconds(50))),
                ("latency_p99", .seconds(c.wait.percentileSeconds(99)))]
    }
}
