import DequeModule

/// One partition of a topic: counters and a list of segments, oldest first; the last one is
/// the active segment. Memory grows with the number of segments, never with the record count.
public struct Partition: Sendable {
    public internal(set) var segments = Deque<Segment>()
    public internal(set) var logStart: Int64 = 0
    public internal(set) var logEnd: Int64 = 0
    /// Bytes of the segments still on disk.
    public internal(set) var bytes: Int64 = 0
    /// Records per second arriving now from steady producers (closed form).
    public internal(set) var rate: Double = 0
    /// Offsets of poison records still on the log, ascending (small scenarios only).
    var poison = Deque<Int64>()

    /// Appends `count` records of `bytes` in total, timestamps evenly spread over [first, last].
    /// Rolls the active segment by time (its first record older than `segmentTime`) and size,
    /// while the partition holds fewer than `maxSegments`; past that the active segment grows.
    /// - Complexity: O(segments created).
    mutating func append(count: Int64, bytes: Int64, first: SimTime, last: SimTime,
                         segmentTime: SimDuration, segmentBytes: Int64, maxSegments: Int = .max) {
        var left = count, leftBytes = bytes, t0 = first
        let per = count > 0 ? Double(bytes) / Double(count) : 0
        let spacing = count > 1 ? Double((last - first).micros) / Double(count - 1) : 0
        while left > 0 {
            let full = segments.count >= maxSegments
            if segments.isEmpty || (!full && mustRoll(at: t0, segmentTime: segmentTime, segmentBytes: segmentBytes)) {
                segments.append(Segment(base: logEnd, count: 0, firstTime: t0, lastTime: t0, bytes: 0))
            }
            var active = segments[segments.count - 1]
            var take = left
            if full {
                // No more rolls: the rest goes to the active segment.
            } else if per > 0 {
                let room = saturating(Double(segmentBytes - active.bytes) / per, .down)
                take = min(take, max(room, active.count == 0 ? 1 : 0))
            }
            if spacing > 0 && !full {
                // Records stamped before the active segment's roll deadline stay in it.
                let deadline = Double((active.firstTime + segmentTime).micros)
                let fit = saturating((deadline - Double(t0.micros)) / spacing, .up)
                take = min(take, max(fit, active.count == 0 ? 1 : 0))
            }
            if take <= 0 {
                // The active segment is full: force a roll on the next turn.
                segments.append(Segment(base: logEnd, count: 0, firstTime: t0, lastTime: t0, bytes: 0))
                continue
            }
            let b = take == left ? leftBytes : Int64((per * Double(take)).rounded())
            let tLast = SimTime(micros: t0.micros + Int64((spacing * Double(take - 1)).rounded()))
            if active.count == 0 { active.firstTime = t0 }
            active.count += take
            active.bytes += b
            active.lastTime = max(active.lastTime, tLast)
            segments[segments.count - 1] = active
            logEnd += take
            self.bytes += b
            left -= take
            leftBytes -= b
            t0 = SimTime(micros: t0.micros + Int64((spacing * Double(take)).rounded()))
        }
    }

    func mustRoll(at t: SimTime, segmentTime: SimDuration, segmentBytes: Int64) -> Bool {
        guard let a = segments.last, a.count > 0 else { return false }
        return a.bytes >= segmentBytes || t >= a.firstTime + segmentTime
    }

    /// Deletes closed segments, oldest first, whose newest record is older than `retention` or that
    /// put the partition over `retentionBytes` (Kafka: while size − segment ≥ limit).
    /// - Returns: records deleted.
    mutating func applyRetention(now: SimTime, retention: SimDuration, retentionBytes: Int64) -> Int64 {
        var deleted: Int64 = 0
        while segments.count > 1, let s = segments.first {
            let old = now - s.lastTime > retention
            let big = retentionBytes > 0 && bytes - s.bytes >= retentionBytes
            guard old || big else { break }
            segments.removeFirst()
            bytes -= s.bytes
            deleted += s.count
            logStart = s.end
        }
        while let p = poison.first, p < logStart { poison.removeFirst() }
        return deleted
    }

    /// Timestamp of the record at `offset`, or nil when it is not on the log.
    public func timestamp(of offset: Int64) -> SimTime? {
        guard offset >= logStart, offset < logEnd, !segments.isEmpty else { return nil }
        var lo = 0, hi = segments.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if segments[mid].base <= offset { lo = mid } else { hi = mid - 1 }
        }
        return segments[lo].timestamp(of: offset)
    }

    /// The first poison offset in [from, to), if any.
    func firstPoison(from: Int64, to: Int64) -> Int64? {
        for p in poison where p >= from { return p < to ? p : nil }
        return nil
    }
}
