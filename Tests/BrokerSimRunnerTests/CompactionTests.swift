import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Testing

/// docs/compaction.md, one rule per test, each on a real run of a small file.
@Suite("Log compaction")
struct CompactionTests {
    static func file(keys: String = "users(50)", rate: String = "100/s", segment: String = "1m", extra: String = "",
                     producer: String = "", groups: String = "", timeline: String = "", stop: String = "10m") -> String {
        """
        seed: 4
        stop: \(stop)
        topics:
          profiles: {partitions: 1, segment: \(segment), retention_check: 1m, cleanup: compact\(extra)}
        producers:
          updates: {to: profiles, rate: \(rate), key: \(keys)\(producer)}
        \(groups.isEmpty ? "" : "groups:\n" + groups)
        \(timeline.isEmpty ? "" : "timeline:\n" + timeline)
        """
    }

    static func run(_ text: String, until: Double? = nil) throws -> (World, JSONValue) {
        let w = try ModelRun.world(text, file: "compaction", until: until)
        return (w, ModelRun.report(w, scenario: "compaction", seed: 4))
    }

    static func n(_ r: JSONValue, _ path: String) -> Double { ModelRun.number(r, path) }

    @Test("the active segment is never cleaned: one segment of 50 keys keeps every record")
    func activeSegmentIsNeverCleaned() throws {
        // 30 minutes in a segment of an hour: all of it is the active segment.
        let (_, r) = try Self.run(Self.file(segment: "1h", stop: "30m"))
        #expect(Self.n(r, "topics.profiles.appended") == 180_000)
        #expect(Self.n(r, "topics.profiles.compacted") == 0)
        #expect(Self.n(r, "topics.profiles.records") == 180_000)
        #expect(Self.n(r, "topics.profiles.cleanings") == 0)
    }

    @Test("closed segments keep the newest record per key; offsets and the log start stay")
    func closedSegmentsKeepOneRecordPerKey() throws {
        let (w, r) = try Self.run(Self.file())
        let part = w.stream.topics[0].partitions[0], cleaner = w.stream.compaction[0][0]
        // Cleaned up to the active segment, which starts at the last roll (9 min in).
        #expect(cleaner.cleanEnd == part.segments.last!.base)
        let cleaned = w.recordsOnLog(0, 0) - (part.logEnd - cleaner.cleanEnd)
        #expect(cleaned == 50, "50 keys, each written hundreds of times: one record each")
        #expect(Self.n(r, "topics.profiles.log_start") == 0)
        #expect(Self.n(r, "topics.profiles.log_end") == 60_000)
        #expect(Self.n(r, "topics.profiles.compacted") == Double(cleaner.cleanEnd - 50))
    }

    @Test("min_cleanable_dirty_ratio decides when a partition is cleaned")
    func dirtyRatioDecidesWhenToClean() throws {
        // 100k keys at 100/s: almost every record is a new key, so cleaning frees little and the
        // clean part grows; a threshold of 0.99 cleans only the first time (nothing clean yet).
        let eager = try Self.run(Self.file(keys: "users(100k)", extra: ", min_cleanable_dirty_ratio: 0.5", stop: "30m")).1
        let lazy = try Self.run(Self.file(keys: "users(100k)", extra: ", min_cleanable_dirty_ratio: 0.99", stop: "30m")).1
        #expect(Self.n(lazy, "topics.profiles.cleanings") == 1)
        #expect(Self.n(lazy, "topics.profiles.dirty_ratio") > 0.9)
        #expect(Self.n(eager, "topics.profiles.cleanings") > 5)
        #expect(Self.n(eager, "topics.profiles.dirty_ratio") < 0.5)
    }

    @Test("a tombstone stays delete_retention after the cleaning that reached it, then goes")
    func tombstonesGoAfterDeleteRetention() throws {
        // A million keys at 10/s: keys almost never repeat, so only tombstones are removed.
        let text = Self.file(keys: "users(1M)", rate: "10/s", extra: ", delete_retention: 10m, min_cleanable_dirty_ratio: 0.01",
                             producer: ", tombstones: 0.5", stop: "30m")
        let (_, early) = try Self.run(text, until: 9 * 60)
        let records = Self.n(early, "topics.profiles.records")
        // 5,400 records over a million keys: about 5,400² / 2M ≈ 15 repeat a key; no tombstone is 10 minutes old.
        #expect(Self.n(early, "topics.profiles.compacted") < 30)
        #expect(abs(Self.n(early, "topics.profiles.tombstones") - records / 2) <= 1)
        let (w, late) = try Self.run(text)
        // The pass at 30 m removes the tombstones below the checkpoint of the pass at 20 m.
        let horizon = Double(w.stream.compaction[0][0].tombstoneHorizon)
        #expect(horizon >= 19 * 600 && horizon <= 20 * 600)
        // Half the records below the horizon were tombstones, and about 18,000² / 2M values superseded.
        #expect(abs(Self.n(late, "topics.profiles.compacted") - horizon / 2) <= horizon * 0.01 + 200)
        #expect(Self.n(late, "topics.profiles.compacted") > horizon / 2)
        #expect(Self.n(late, "topics.profiles.records") + Self.n(late, "topics.profiles.compacted") == 18_000)
        // The feed says when deletes first vanish: the first segment closes just after 1 m (its
        // first record came at 0.1 s), the check at 2 m cleans it, and 10 minutes later its
        // tombstones go.
        let line = w.feed.first { $0.text.contains("first tombstones") }
        #expect(line?.text == "the cleaner removed profiles's first tombstones (delete_retention 10m passed since it reached them): "
                + "those keys are gone from the log")
        #expect(line?.at == .zero + .secs(12 * 60))
        #expect(early.value(at: ["topics", "profiles", "tombstones"]) != nil)
    }

    @Test("a reader from the log start reads the latest value per key, plus what is not cleaned yet")
    func aReaderFromTheStartSeesTheLatestValuePerKey() throws {
        let text = Self.file(groups: "  rebuild: {topic: profiles, rate: 50k/s, from: earliest, start: 20m}\n",
                             timeline: "  - at: 10m\n    rate: updates\n    to: 0\n", stop: "30m")
        let (w, r) = try Self.run(text)
        let part = w.stream.topics[0].partitions[0]
        let active = part.segments.last!.count
        // Offsets: the whole log, as Kafka's lag counts them; records: 50 keys and the active segment.
        #expect(Self.n(r, "groups.rebuild.processed") == 60_000)
        #expect(Self.n(r, "groups.rebuild.lag") == 0)
        #expect(Self.n(r, "groups.rebuild.records_read") == Double(50 + active))
        #expect(Self.n(r, "groups.rebuild.records_read") == Self.n(r, "topics.profiles.records"))
        #expect(Self.n(r, "groups.rebuild.compaction_gaps") == 60_000 - Double(50 + active))
    }

    @Test("compact,delete also deletes whole segments by age; they held fewer records than offsets")
    func compactDeleteAlsoDeletesByAge() throws {
        func run(_ keys: String) throws -> JSONValue {
            let text = Self.file(keys: keys, extra: ", retention: 20m", stop: "1h")
                .replacingOccurrences(of: "cleanup: compact", with: "cleanup: \"compact,delete\"")
            return try Self.run(text).1
        }
        // 100k keys: an old segment still holds most of its records when retention deletes it.
        let many = try run("users(100k)")
        let start = Self.n(many, "topics.profiles.log_start")
        #expect(start >= 35 * 6_000)
        #expect(Self.n(many, "topics.profiles.deleted_by_retention") > 50_000)
        #expect(Self.n(many, "topics.profiles.deleted_by_retention") < start)
        // 50 keys: every one was written again since, so the deleted segments held nothing.
        let few = try run("users(50)")
        #expect(Self.n(few, "topics.profiles.log_start") == start)
        #expect(Self.n(few, "topics.profiles.deleted_by_retention") == 0)
        // compact alone: nothing is deleted by age.
        let (_, kept) = try Self.run(Self.file(stop: "1h"))
        #expect(Self.n(kept, "topics.profiles.log_start") == 0)
        #expect(Self.n(kept, "topics.profiles.deleted_by_retention") == 0)
    }

    @Test("memory: the passes kept for the tombstone horizon stay bounded however often the cleaner runs")
    func passesStayBounded() throws {
        let text = Self.file(keys: "users(1k)", segment: "1s", extra: ", delete_retention: 10m, min_cleanable_dirty_ratio: 0.01",
                             producer: ", tombstones: 0.2", stop: "30m")
            .replacingOccurrences(of: "retention_check: 1m", with: "retention_check: 1s")
        let (w, r) = try Self.run(text)
        #expect(Self.n(r, "topics.profiles.cleanings") > 1_700, "a pass at nearly every check")
        #expect(w.stream.compaction[0][0].passesKept <= 35)
        // The horizon still follows: tombstones of passes 10 minutes old are gone.
        #expect(w.stream.compaction[0][0].tombstoneHorizon >= 100 * 19 * 60)
    }

    @Test("a topic that is not compacted reports no compaction fields")
    func deleteTopicsReportNothingNew() throws {
        let (_, r) = try Self.run(Self.file().replacingOccurrences(of: ", cleanup: compact", with: ""))
        #expect(r.value(at: ["topics", "profiles", "dirty_ratio"]) == nil)
        #expect(r.value(at: ["topics", "profiles", "compacted"]) == nil)
    }
}
