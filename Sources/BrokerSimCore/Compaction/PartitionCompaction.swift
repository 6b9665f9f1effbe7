import DequeModule

/// The log cleaner's view of one partition of a compacted topic (docs/compaction.md).
///
/// Records are never objects, so neither are keys: the partition's records draw their keys from
/// a few **classes** (a producer's keys, or its hot and cold keys), each `keys` distinct keys
/// taking `weight` of the partition's records, uniformly within the class. A record at offset
/// `o` below the cleaner's checkpoint `cleanEnd` survived cleaning exactly when no record with
/// its key came in (o, cleanEnd): that happens with probability `(1 − weight/keys)^(cleanEnd − 1 − o)`
/// in its class, so every count below is a geometric sum in closed form, O(classes), whatever
/// the number of records. Memory: the classes and the passes within `delete_retention`.
public struct PartitionCompaction: Sendable {
    struct KeyClass: Sendable {
        var keys: Double
        var weight: Double
        /// log(1 − weight/keys): `r^n` is `exp(n × logR)`.
        var logR: Double
    }
    var classes: [KeyClass] = []
    /// Share of the records that are tombstones.
    var tombstoneShare = 0.0
    /// The cleaner's checkpoint (Kafka's first dirty offset): [log start, cleanEnd) was cleaned.
    public internal(set) var cleanEnd: Int64 = 0
    /// Tombstones below this offset were removed (their first cleaning is `delete_retention` old).
    public internal(set) var tombstoneHorizon: Int64 = 0
    /// Cleaning passes (instant, checkpoint after it), oldest first, back to the newest one older
    /// than `delete_retention`: they decide the tombstone horizon.
    var passes = Deque<(at: SimTime, end: Int64)>()
    static let passSpacing: Int64 = 32
    /// Passes remembered now (bounded: see `clean`).
    public var passesKept: Int { passes.count }
    /// Records removed by compaction (superseded values and expired tombstones), cumulative.
    public internal(set) var removed: Int64 = 0
    /// Cleaning passes run.
    public internal(set) var cleanings: Int64 = 0

    init(classes: [KeyClass], tombstoneShare: Double) {
        self.classes = classes
        self.tombstoneShare = tombstoneShare
    }

    /// Distinct keys the partition's records can carry.
    public var keys: Double { classes.reduce(0) { $0 + $1.keys } }

    /// Expected records in [0, x) that no later record below `end` supersedes (tombstones counted).
    func survivors(below x: Int64, end: Int64) -> Double {
        let upTo = min(x, end)
        var s = 0.0
        if upTo > 0 {
            for c in classes {
                s += c.keys * (power(c, end - upTo) - power(c, end))
            }
        }
        return s + Double(max(0, x - max(end, 0)))
    }

    func power(_ c: KeyClass, _ n: Int64) -> Double { n == 0 ? 1 : mathExp(Double(n) * c.logR) }

    /// Records in [0, x) still on the log now (before the log start too: only differences mean
    /// anything). Rounded, so that counts over adjacent ranges add up.
    func kept(below x: Int64) -> Int64 {
        let all = survivors(below: x, end: cleanEnd)
        let gone = tombstoneShare * survivors(below: min(x, tombstoneHorizon), end: cleanEnd)
        return roundedToInt64(all - gone)
    }

    /// Records on the log in [a, b).
    public func records(from a: Int64, to b: Int64) -> Int64 { b > a ? kept(below: b) - kept(below: a) : 0 }

    /// Tombstones on the log in [a, b): the share of the survivors above the horizon.
    public func tombstones(from a: Int64, to b: Int64) -> Int64 {
        let lo = max(a, tombstoneHorizon)
        guard b > lo else { return 0 }
        return roundedToInt64(tombstoneShare * (survivors(below: b, end: cleanEnd) - survivors(below: lo, end: cleanEnd)))
    }

    /// Kafka's dirty ratio of the cleanable part [log start, active base): records not cleaned yet
    /// over all records there (Kafka counts bytes; one topic's records are taken as one size).
    func dirtyRatio(logStart: Int64, activeBase: Int64) -> Double {
        let from = max(cleanEnd, logStart)
        let dirty = max(0, activeBase - from)
        let clean = records(from: logStart, to: from)
        return dirty + clean > 0 ? Double(dirty) / Double(dirty + clean) : 0
    }

    /// One cleaning pass at `now` over [log start, active base): afterwards each key there has
    /// only its newest record, and tombstones first cleaned at least `deleteRetention` ago are gone.
    /// - Returns: records removed.
    mutating func clean(logStart: Int64, activeBase: Int64, now: SimTime, deleteRetention: SimDuration) -> Int64 {
        guard activeBase > max(cleanEnd, logStart) else { return 0 }
        let before = records(from: logStart, to: activeBase)
        // A record below a pass's checkpoint was first cleaned by then.
        while passes.count > 1, now - passes[1].at >= deleteRetention { passes.removeFirst() }
        if let p = passes.first, now - p.at >= deleteRetention { tombstoneHorizon = max(tombstoneHorizon, p.end) }
        cleanEnd = activeBase
        // Bounded whatever the check interval: passes are kept at least a thirty-second of
        // `deleteRetention` apart (the newest replaces the last when closer), so the horizon may
        // come from a slightly older pass: a tombstone may stay a little longer, never less.
        let n = passes.count
        if n >= 2, (now - passes[n - 2].at).micros * Self.passSpacing < deleteRetention.micros {
            passes[n - 1] = (now, activeBase)
        } else {
            passes.append((now, activeBase))
        }
        let gone = max(0, before - records(from: logStart, to: activeBase))
        removed += gone
        cleanings += 1
        return gone
    }
}
