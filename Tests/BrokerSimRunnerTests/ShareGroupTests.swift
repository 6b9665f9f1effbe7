import Testing
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// docs/share-groups.md, rule by rule, on real runs of small files.
@Suite("Share groups")
struct ShareGroupTests {
    static func run(_ yaml: String) throws -> JSONValue {
        let s = try ScenarioLoader.parse(text: yaml, file: "share.yaml", name: "share")
        var runner = Runner()
        runner.checkInvariants = true
        let o = try runner.run(s)[0]
        #expect(o.invariantFailure == nil, "\(o.invariantFailure ?? "")")
        #expect(!o.neverDrained)
        return o.report
    }

    static func n(_ r: JSONValue, _ path: String) -> Int64 {
        var v: JSONValue? = r
        for part in path.split(separator: ".") { v = v?[String(part)] }
        return Int64(v?.number ?? -1)
    }

    static func world(_ yaml: String, at seconds: Int64) throws -> World {
        let s = try ScenarioLoader.parse(text: yaml, file: "share.yaml", name: "share")
        var w = World(config: s.config)
        w.checkInvariants = true
        w.advance(to: .zero + .secs(seconds))
        #expect(w.invariantFailure == nil, "\(w.invariantFailure ?? "")")
        return w
    }

    static func file(group: String, producer: String = "{to: jobs, backlog: 2000}", partitions: Int = 4,
                     timeline: String = "", stop: String = "drained") -> String {
        """
        stop: \(stop)
        seed: 3
        topics:
          jobs: {partitions: \(partitions)}
          dead: {}
        groups:
          g: \(group)
        producers:
          p: \(producer)
        \(timeline)
        """
    }

    @Test("members share every partition: eight members on two partitions all work, and every record is accepted once")
    func membersShareEveryPartition() throws {
        let r = try Self.run(Self.file(group: "{topic: jobs, share: true, consumers: 8, work: 1ms, max_poll: 10, from: earliest}",
                                       partitions: 2))
        #expect(Self.n(r, "groups.g.accepted") == 2000)
        #expect(Self.n(r, "groups.g.acquired") == 2000)
        #expect(Self.n(r, "groups.g.redelivered") == 0)
        #expect(Self.n(r, "groups.g.in_flight") == 0)
        #expect(Self.n(r, "groups.g.lag") == 0)
        let w = try Self.world(Self.file(group: "{topic: jobs, share: true, consumers: 8, work: 1ms, max_poll: 10, from: earliest}",
                                         partitions: 2), at: 60)
        #expect(w.stream.shareGroups[0].members.allSatisfy { $0.processed > 100 })
    }

    @Test("share.auto.offset.reset: latest (the default) starts after the backlog, earliest reads it")
    func offsetReset() throws {
        let latest = try Self.run(Self.file(group: "{topic: jobs, share: true, work: 1ms}"))
        #expect(Self.n(latest, "groups.g.acquired") == 0)
        let earliest = try Self.run(Self.file(group: "{topic: jobs, share: true, work: 1ms, from: earliest}"))
        #expect(Self.n(earliest, "groups.g.accepted") == 2000)
    }

    @Test("a failed record is released and delivered again; at the end every release was redelivered")
    func releaseAndRedeliver() throws {
        let r = try Self.run(Self.file(group: "{topic: jobs, share: true, consumers: 3, work: 1ms, fail: 0.1, from: earliest}"))
        let released = Self.n(r, "groups.g.released")
        #expect(released > 150 && released < 300, "released \(released)")
        #expect(Self.n(r, "groups.g.redelivered") == released)
        #expect(Self.n(r, "groups.g.accepted") + Self.n(r, "groups.g.archived") == 2000)
        #expect(Self.n(r, "groups.g.acquired") == 2000 + released)
    }

    @Test("the delivery limit: a poison record is delivered delivery_limit times, then archived to the dead-letter topic")
    func deliveryLimit() throws {
        for limit in [3, 5] {
            let r = try Self.run(Self.file(group: "{topic: jobs, share: true, work: 1ms, from: earliest, delivery_limit: \(limit), dead_letter: dead}",
                                           producer: "{to: jobs, backlog: 2000, poison: 1}"))
            #expect(Self.n(r, "groups.g.archived") == 1)
            #expect(Self.n(r, "groups.g.released") == Int64(limit - 1))
            #expect(Self.n(r, "groups.g.acquired") == 2000 + Int64(limit - 1))
            #expect(Self.n(r, "groups.g.dead_lettered") == 1)
            #expect(Self.n(r, "topics.dead.appended") == 1)
            #expect(Self.n(r, "groups.g.accepted") == 1999)
        }
    }

    @Test("without a dead-letter topic an archived record is only archived")
    func archiveWithoutDeadLetter() throws {
        let r = try Self.run(Self.file(group: "{topic: jobs, share: true, work: 1ms, from: earliest}",
                                       producer: "{to: jobs, backlog: 2000, poison: 1}"))
        #expect(Self.n(r, "groups.g.archived") == 1)
        #expect(Self.n(r, "groups.g.released") == 4, "the default limit is 5 deliveries")
        #expect(Self.n(r, "topics.dead.appended") == 0)
    }

    @Test("on_fail: reject archives a failure at once: no release, no redelivery")
    func reject() throws {
        let r = try Self.run(Self.file(group: "{topic: jobs, share: true, work: 1ms, fail: 0.1, on_fail: reject, from: earliest}"))
        #expect(Self.n(r, "groups.g.rejected") > 150)
        #expect(Self.n(r, "groups.g.released") == 0)
        #expect(Self.n(r, "groups.g.redelivered") == 0)
        #expect(Self.n(r, "groups.g.rejected") + Self.n(r, "groups.g.accepted") == 2000)
    }

    @Test("a crashed member's records stay locked until the record lock runs out, then go to the others")
    func lockAfterCrash() throws {
        let yaml = Self.file(group: "{topic: jobs, share: true, consumers: 2, work: 100ms, max_poll: 10, from: earliest, record_lock: 20s}",
                             producer: "{to: jobs, backlog: 500}",
                             timeline: "timeline:\n  - {at: 5s, crash: g-1}", stop: "2m")
        let before = try Self.world(yaml, at: 23)  // the batch was acquired at 4 s: locked until 24 s
        #expect(before.stream.shareGroups[0].members[0].inFlight == 10)
        #expect(before.stream.shareGroups[0].counters.lockExpired == 0)
        let after = try Self.world(yaml, at: 25)
        #expect(after.stream.shareGroups[0].members[0].inFlight == 0)
        #expect(after.stream.shareGroups[0].counters.lockExpired == 10)
        #expect(after.feed.contains { $0.text.hasPrefix("g-1's record locks ran out (20s)") })
        let r = try Self.run(yaml)
        #expect(Self.n(r, "groups.g.accepted") == 500)
        #expect(Self.n(r, "groups.g.redelivered") == 10)
    }

    @Test("a member restarted before its old lock ran out fetches new records; the old ones wait for the lock")
    func restartBeforeTheLock() throws {
        let yaml = Self.file(group: "{topic: jobs, share: true, consumers: 2, work: 100ms, max_poll: 10, from: earliest, record_lock: 20s}",
                             producer: "{to: jobs, backlog: 500}",
                             timeline: "timeline:\n  - {at: 5s, crash: g-1, for: 2s}", stop: "2m")
        let w = try Self.world(yaml, at: 10)
        let m = w.stream.shareGroups[0].members[0]
        #expect(m.alive)
        #expect(m.orphaned == 10, "the batch it held at the crash is still locked")
        #expect(m.processed > 40, "and it works on new batches meanwhile")
        let after = try Self.world(yaml, at: 25)
        #expect(after.stream.shareGroups[0].members[0].orphaned == 0)
        #expect(after.stream.shareGroups[0].counters.lockExpired == 10)
    }

    @Test("a batch slower than its lock: the records go to others, the late acknowledgements are refused")
    func slowerThanTheLock() throws {
        let yaml = Self.file(group: "{topic: jobs, share: true, consumers: 2, work: 100ms, max_poll: 10, from: earliest, record_lock: 5s}",
                             producer: "{to: jobs, backlog: 500}",
                             timeline: "timeline:\n  - {at: 2s, slow: g-1, factor: 10}", stop: "2m")
        let r = try Self.run(yaml)
        #expect(Self.n(r, "groups.g.lock_expired") >= 10)
        #expect(Self.n(r, "groups.g.accepted") == 500)
        #expect(Self.n(r, "groups.g.processed") > 500, "the refused batches were processed too")
        let w = try Self.world(yaml, at: 120)
        #expect(w.feed.contains { $0.text.hasPrefix("g-1 finished its batch after its 5s record lock ran out") })
    }

    @Test("in-flight records per partition never pass max_record_locks")
    func recordLockLimit() throws {
        let yaml = Self.file(group: "{topic: jobs, share: true, consumers: 3, work: 1ms, max_poll: 50, from: earliest, max_record_locks: 200}",
                             producer: "{to: jobs, backlog: 5000}", partitions: 1,
                             timeline: "timeline:\n  - {at: 10ms, crash: g-1}", stop: "20s")
        let w = try Self.world(yaml, at: 10)
        let sp = w.stream.shareGroups[0].partitions[0]
        #expect(sp.next - sp.spso == 200, "the crashed member's 50 records hold the start offset; the window is full")
        let later = try Self.world(yaml, at: 40)
        #expect(later.stream.shareGroups[0].partitions[0].next == 5000)
    }

    @Test("a fetch waits for a full batch at most fetch_wait, then takes what there is")
    func fetchWait() throws {
        let yaml = Self.file(group: "{topic: jobs, share: true, work: 1ms, max_poll: 500, fetch_wait: 2s}",
                             producer: "{to: jobs, rate: 100/s, arrivals: uniform}", partitions: 1, stop: "1m")
        // The group starts at 0 s: the first fetch finds nothing and waits; at 2 s it takes the ~200 records there.
        let early = try Self.world(yaml, at: 1)
        #expect(early.stream.shareGroups[0].counters.acquired == 0)
        let late = try Self.world(yaml, at: 3)
        let first = late.stream.shareGroups[0].counters.acquired
        #expect(first >= 190 && first <= 210, "acquired \(first)")
        // A full batch arrives in 5 s: every later fetch is at most 2 s apart, so batches stay near 200.
        let r = try Self.run(yaml)
        #expect(Self.n(r, "groups.g.accepted") >= 5_500)
    }

    @Test("scaling down releases what the removed members held at once")
    func scaleDown() throws {
        let yaml = Self.file(group: "{topic: jobs, share: true, consumers: 4, work: 100ms, max_poll: 10, from: earliest}",
                             producer: "{to: jobs, backlog: 500}",
                             timeline: "timeline:\n  - {at: 500ms, scale: g, count: 2}", stop: "5m")
        let w = try Self.world(yaml, at: 1)
        #expect(w.stream.shareGroups[0].counters.released == 20)
        #expect(w.stream.shareGroups[0].counters.lockExpired == 0)
    }

    @Test("same file, same seed: the same report")
    func deterministic() throws {
        let yaml = Self.file(group: "{topic: jobs, share: true, consumers: 3, work: exp(1ms), fail: 0.05, from: earliest}",
                             producer: "{to: jobs, rate: 500/s, poison: 0.01}", stop: "30s")
        let a = try Self.run(yaml)["groups"], b = try Self.run(yaml)["groups"]
        #expect(a == b)
    }

    @Test("share-only keys on a consumer group, and consumer-group keys on a share group, are errors")
    func validation() throws {
        func problems(_ yaml: String) -> [String] {
            do { _ = try ScenarioLoader.parse(text: yaml, file: "bad.yaml", name: "bad"); return [] } catch { return error.diagnostics.map(\.description) }
        }
        #expect(problems("topics: {t: {}}\ngroups:\n  g: {topic: t, record_lock: 5s}\n") == [
            "bad.yaml:3:17: 'record_lock' applies only to a share group (share: true); group 'g' is a consumer group",
        ])
        #expect(problems("topics: {t: {}}\ngroups:\n  g: {topic: t, share: true, commit: after-batch}\n") == [
            "bad.yaml:3:30: 'commit' does not apply to a share group: its members share every partition and acknowledge record by record",
        ])
        #expect(problems("topics: {t: {}}\ngroups:\n  g: {topic: t, share: true, dead_letter: t}\n") == [
            "bad.yaml:3:43: a share group's dead-letter topic must not be the topic it reads",
        ])
    }
}
