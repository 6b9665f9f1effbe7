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
    /// When each record was appended, as runs of even spacing (see `TimeMark`), oldest first.
    public internal(set) var timeIndex = Deque<TimeMark>()
    static let maxTimeMarks = 4_096

    /// Appends `count` records of `bytes` in total, timestamps evenly spread over [first, last].
    /// Rolls the active segment by time (its first record older than `segmentTime`) and size,
    /// while the partition holds fewer than `maxSegments`; past that the active segment grows.
    /// - Complexity: O(segments created).
    /// `timed` false: the caller marks the time index itself (steady production, where several
    /// producers' records interleave).
    mutating func append(count: Int64, bytes: Int64, first: SimTime, last: SimTime,
                         segmentTime: SimDuration, segmentBytes: Int64, maxSegments: Int = .max, timed: Bool = true) {
        var left = count, leftBytes = bytes, t0 = first
        let per = count > 0 ? Double(bytes) / Double(count) : 0
        let spacing = count > 1 ? Double((last - first).micros) / Double(count - 1) : 0
        if count > 0 && timed { markTime(offset: logEnd, first: Double(first.micros), spacing: spacing, count: count) }
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

    /// Extends the time index with `count` records from `first`, `spacing` apart: a new mark
    /// only when they do not continue the last run (within two records' spacing).
    mutating func markTime(offset: Int64, first: Double, spacing: Double, count: Int64) {
        if let m = timeIndex.last {
            let pace = count > 1 ? spacing : m.spacing
            let expected = m.time(of: offset)
            let tolerance = 2 * max(pace, m.spacing) + 1
            let samePace = count == 1 || abs(pace - m.spacing) <= 0.01 * max(pace, m.spacing) + 0.01
            if m.spacing > 0, samePace, abs(first - expected) <= tolerance { return }
        }
        timeIndex.append(TimeMark(offset: offset, at: first, spacing: spacing))
        // Bounded whatever the input: past the cap every other mark goes (coarser, never unbounded).
        if timeIndex.count > Self.maxTimeMarks {
            timeIndex = Deque(timeIndex.enumerated().filter { $0.offset % 2 == 0 || $0.offset == timeIndex.count - 1 }.map(\.element))
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
        while timeIndex.count > 1 && timeIndex[1].offset <= logStart { timeIndex.removeFirst() }
        return deleted
    }

    /// Timestamp of the record at `offset` (from the time index), or nil when it is not on the log.
    public func timestamp(of offset: Int64) -> SimTime? {
        guard offset >= logStart, offset < logEnd, !timeIndex.isEmpty else { return nil }
        var lo = 0, hi = timeIndex.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if timeIndex[mid].offset <= offset { lo = mid } else { hi = mid - 1 }
        }
        var t = timeIndex[lo].time(of: offset)
        // A run never reaches past the start of the next one.
        if lo + 1 < timeIndex.count { t = min(t, timeIndex[lo + 1].at) }
        return SimTime(micros: Int64(t.rounded()))
    }

    /// The first poison offset in [from, to), if any.
    func firstPoison(from: Int64, to: Int64) -> Int64? {
        for p in poison where p >= from { return p < to ? p : nil }
        return nil
    }
}
