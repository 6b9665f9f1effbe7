import BrokerSimCore
import Yams

/// The largest sizes a run can hold, checked where each value is read: a file that asks for more
/// is refused with the limit named, before anything is allocated or run. Together they keep a
/// valid file's memory under about 1 GB whatever it says (docs/scenarios.md, "Limits").
enum Limits {
    /// Instances of one pool, group or service, and of all of them together (declared or by `scale:`).
    static let instances: Int64 = 1_000_000
    /// Declarations in one section (queues, exchanges, worker pools, topics, groups, services, producers).
    static let perSection: Int64 = 1_000
    /// Partitions of all topics together.
    static let partitions: Int64 = 100_000
    /// Partitions read by all groups together (each group reads every partition of its topic).
    static let groupPartitions: Int64 = 1_000_000
    /// Bindings of all exchanges together.
    static let bindings: Int64 = 10_000
    static let variants: Int64 = 50
    /// RabbitMQ's prefetch count is a 16-bit field.
    static let prefetch: Int64 = 65_535
    static let maxPoll: Int64 = 1_000_000
    static let retries: Int64 = 1_000
    /// Messages in one backlog or burst to a queue, exchange or topic (one run in memory).
    static let backlog: Int64 = 1_000_000_000
    /// Calls in one caller's backlog or burst: each waiting call is held on its own.
    static let calls: Int64 = 1_000_000
    /// Segments one topic may hold: partitions × (retention ÷ segment).
    static let segments: Int64 = 1_000_000
    /// Any rate, per second.
    static let rate: Double = 1_000_000_000
    /// One message's mean size.
    static let messageBytes = World.maxMessageBytes
    /// Sigma of a lognormal: e^(σ²/2) is how far its mean sits above its median.
    static let sigma: Double = 5
    /// Slow-down factors, both ways.
    static let factor: Double = 1_000_000
    /// The shortest period of a repeating check (memory check, auto commit).
    static let shortestPeriod = SimDuration.millis(1)
    static let shortestRetentionCheck = SimDuration.millis(100)
    /// Scalar text the file may reach through YAML aliases beyond its own text.
    static let aliasExpansion = 1_000_000

    /// `1,000,000`: limits are printed the way people read them.
    static func spelled(_ n: Int64) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    static func tooMany(_ key: String, _ n: Int64, _ what: String, _ limit: Int64) -> String {
        "\(key): \(n) \(what) is more than the \(spelled(limit)) brokersim can simulate"
    }
}

extension Lowerer {
    /// A count checked against a lower bound and a limit (`count: 1000000000 workers is more than …`).
    mutating func count(_ fields: Fields, _ key: String, atLeast minimum: Int64, atMost limit: Int64,
                        _ what: String) -> Int64? {
        guard let n = count(fields, key, atLeast: minimum) else { return nil }
        guard n <= limit else {
            error(fields[key]!, Limits.tooMany(key, n, what, limit))
            return nil
        }
        return n
    }

    /// Refuses a value over a limit at `node`; true when it is within.
    mutating func within(_ node: Node, _ key: String, _ n: Int64, _ limit: Int64, _ what: String) -> Bool {
        guard n > limit else { return true }
        error(node, Limits.tooMany(key, n, what, limit))
        return false
    }
}

extension Lowerer {
    /// A repeating check must not be shorter than `shortest`: each one costs an event, and a
    /// microsecond period would be a million events per simulated second.
    mutating func atLeast(_ fields: Fields, _ key: String, _ d: SimDuration, _ shortest: SimDuration) -> Bool {
        guard d < shortest else { return true }
        error(fields[key]!, "\(key): \(d) is shorter than the \(shortest) brokersim can simulate")
        return false
    }

    /// Each partition holds up to retention ÷ segment closed segments (rolled by time).
    mutating func checkSegments(_ t: TopicConfig, _ f: Fields) {
        guard t.segmentTime.micros > 0 else { return }
        let perPartition = t.retention.micros / t.segmentTime.micros + 1
        let (total, overflow) = perPartition.multipliedReportingOverflow(by: Int64(t.partitions))
        guard overflow || total > Limits.segments, let node = f["segment"] ?? f["retention"] ?? f["partitions"] else { return }
        let count = overflow ? "more than \(Int64.max)" : "\(total)"
        error(node, "segment: \(t.segmentTime) segments kept for \(t.retention) in \(t.partitions) partition"
              + "\(t.partitions == 1 ? "" : "s") make \(count) segments, more than the "
              + "\(Limits.spelled(Limits.segments)) brokersim can simulate")
    }
}
