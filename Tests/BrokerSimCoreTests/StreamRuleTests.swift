import Testing
@testable import BrokerSimCore

/// One test per SPEC §5 event-stream rule, asserting what the report shows.
@Suite("Stream rules (SPEC §5)")
struct StreamRuleTests {
    @Test("same key → same partition; keyless batches rotate")
    func keysGoToHashPartition() {
        var w = StreamWorlds.world(topics: [StreamWorlds.topic(partitions: 6)], groups: [],
                                   producers: [StreamWorlds.producer(backlog: 6000) { $0.key = .users(1) }])
        w.run(1)
        let ends = w.stream.topics[0].partitions.map(\.logEnd)
        #expect(ends.filter { $0 > 0 } == [6000])
        #expect(ends.firstIndex(of: 6000) == KeyShares.partition(of: "user-0", partitions: 6))
    }

    @Test("at most one member per partition: extra members sit idle")
    func extraMembersIdle() {
        var w = StreamWorlds.world(topics: [StreamWorlds.topic(partitions: 3)], groups: [StreamWorlds.group(consumers: 5, rate: 1000)],
                                   producers: [StreamWorlds.producer(rate: 300)])
        w.run(30)
        #expect(w.idleConsumers(0) == 2)
        let owners = w.stream.groups[0].partitions.map(\.owner)
        #expect(Set(owners).count == 3 && !owners.contains(-1))
    }

    @Test("within a partition a retried poison record holds up everything behind it")
    func headOfLineBlocking() {
        let g = StreamWorlds.group(consumers: 2, rate: 100) { $0.retries = 1_000_000; $0.commit = .afterBatch }
        var w = StreamWorlds.world(topics: [StreamWorlds.topic(partitions: 2)], groups: [g],
                                   producers: [StreamWorlds.producer(backlog: 200) { $0.poison = .count(1); $0.key = .users(500) }])
        w.run(30)
        let lags = (0..<2).map { w.partitionLag(0, $0) }
        #expect(lags.filter { $0 == 0 }.count == 1)
        #expect(lags.max()! > 0)
        #expect(w.groupCounters().failed > 100)
        #expect(w.invariantFailure == nil)
    }

    @Test("skip moves past a failing record: counted skipped, nothing blocked")
    func skipOnFail() {
        let g = StreamWorlds.group(rate: 100) { $0.onFail = .skip; $0.commit = .afterBatch }
        var w = StreamWorlds.world(groups: [g], producers: [StreamWorlds.producer(backlog: 200) { $0.poison = .count(1) }])
        w.run(30)
        #expect(w.lag == 0)
        #expect(w.groupCounters().skipped == 1)
        #expect(w.groupCounters().processed == 199)
    }

    @Test("reading never deletes; retention deletes closed segments only, never the active one")
    func retentionClosedSegmentsOnly() {
        let t = StreamWorlds.topic { $0.retention = .secs(10); $0.segmentTime = .secs(5); $0.retentionCheck = .secs(1) }
        var w = StreamWorlds.world(topics: [t], groups: [StreamWorlds.group(rate: 10_000) { $0.from = .earliest }],
                                   producers: [StreamWorlds.producer(rate: 100)],
                                   timeline: [at(20, .rate(producer: 0, to: 0, over: .zero))])
        w.run(19)
        #expect(w.stream.topics[0].partitions[0].logStart > 0) // old closed segments went
        #expect(w.groupCounters().processed > 0)
        w.run(300)
        let p = w.stream.topics[0].partitions[0]
        #expect(p.segments.count == 1) // the active segment stays however old
        #expect(p.logEnd - p.logStart == p.segments[0].count)
    }

    @Test("a crashed member keeps its partitions until session_timeout, then the group rebalances")
    func sessionTimeout() {
        var w = StreamWorlds.world(topics: [StreamWorlds.topic(partitions: 2)], groups: [StreamWorlds.group(consumers: 2, rate: 1000)],
                                   producers: [StreamWorlds.producer(rate: 200)],
                                   timeline: [at(10, .crash(.member(group: 0, index: 0), downFor: nil))])
        w.run(50)
        #expect(w.stream.groups[0].partitions[0].owner == 0) // still held by the dead member
        #expect(w.partitionLag(0, 0) > 3000)
        #expect(w.groupCounters().rebalances == 1)
        w.run(57)
        #expect(w.groupCounters().rebalances == 2) // at 55 s + rebalance_time
        #expect(w.stream.groups[0].partitions.allSatisfy { $0.owner == 1 })
        #expect(w.groupCounters().duplicates > 0) // resumed from the last auto commit
    }

    @Test("a batch over max_poll_interval: member removed, commit refused, the batch is processed again")
    func maxPollInterval() {
        let g = StreamWorlds.group(consumers: 2, rate: 10) { $0.maxPollInterval = .secs(20); $0.commit = .afterBatch }
        var w = StreamWorlds.world(topics: [StreamWorlds.topic(partitions: 2)], groups: [g],
                                   producers: [StreamWorlds.producer(backlog: 1000)])
        w.run(200)
        #expect(w.groupCounters().rebalances >= 2)
        #expect(w.groupCounters().duplicates > 0)
        #expect(w.invariantFailure == nil)
    }

    @Test("eager rebalances pause everyone; cooperative-sticky only the moved partitions",
          arguments: [Assignor.range, .cooperativeSticky])
    func rebalancePauses(assignor: Assignor) {
        let g = StreamWorlds.group(consumers: 2, rate: 5000) { $0.assignor = assignor; $0.rebalanceTime = .secs(10) }
        var w = StreamWorlds.world(topics: [StreamWorlds.topic(partitions: 4)], groups: [g],
                                   producers: [StreamWorlds.producer(rate: 4000)],
                                   timeline: [at(30, .scale(.group(0), count: 3))])
        w.run(30)
        let before = w.groupCounters().processed
        w.run(39)
        let during = w.groupCounters().processed - before
        if assignor == .range { #expect(during == 0) } else { #expect(during > 20_000) }
        w.run(60)
        #expect(w.groupCounters().rebalances == 2)
        #expect(w.groupCounters().duplicates == 0) // a clean rebalance commits on revoke
    }

    @Test("after a crash, records processed but not committed are processed again")
    func resumeFromCommitted() {
        var w = StreamWorlds.world(groups: [StreamWorlds.group(rate: 1000)], producers: [StreamWorlds.producer(rate: 500)],
                                   timeline: [at(10.5, .crash(.group(0), downFor: .secs(60)))])
        w.run(120)
        // Auto commit every 5 s from 3 s: the 2.5 s since the 8 s commit come again.
        #expect(abs(w.groupCounters().duplicates - 1250) <= 10)
        #expect(w.groupCounters().lost == 0)
    }

    @Test("before-batch commits then crashes: those records are lost, not duplicated")
    func beforeBatchLoses() {
        let g = StreamWorlds.group(rate: 100, maxPoll: 500) { $0.commit = .beforeBatch }
        var w = StreamWorlds.world(groups: [g], producers: [StreamWorlds.producer(backlog: 2000)],
                                   timeline: [at(5, .crash(.group(0), downFor: .secs(1)))])
        w.run(100)
        #expect(w.groupCounters().lost > 0)
        #expect(w.groupCounters().duplicates == 0)
        #expect(w.invariantFailure == nil)
    }

    @Test("below the log start: lost to retention, resumes per from", arguments: [OffsetReset.earliest, .latest])
    func belowLogStart(from: OffsetReset) {
        let t = StreamWorlds.topic { $0.retention = .secs(60); $0.segmentTime = .secs(10); $0.retentionCheck = .secs(5) }
        var w = StreamWorlds.world(topics: [t], groups: [StreamWorlds.group(rate: 5000) { $0.from = from }],
                                   producers: [StreamWorlds.producer(rate: 1000)],
                                   timeline: [at(20, .crash(.group(0), downFor: .secs(200)))])
        w.run(300)
        let c = w.groupCounters()
        #expect(c.lostToRetention > 100_000)
        switch from {
        case .earliest: #expect(c.skipped == 0); #expect(w.lag < 6000)
        case .latest: #expect(c.skipped > 30_000); #expect(w.lag < 6000)
        case .none: break
        }
        #expect(w.invariantFailure == nil)
    }

    @Test("a late group starts at the log start of that moment: earlier deletions are not its losses")
    func lateGroupNoLoss() {
        let t = StreamWorlds.topic { $0.retention = .secs(60); $0.segmentTime = .secs(10); $0.retentionCheck = .secs(5) }
        var w = StreamWorlds.world(topics: [t], groups: [StreamWorlds.group(rate: 5000) { $0.from = .earliest; $0.start = .secs(200) }],
                                   producers: [StreamWorlds.producer(rate: 1000)])
        w.run(300)
        #expect(w.groupCounters().lostToRetention == 0)
        #expect(w.stream.groups[0].partitions[0].position > 0)
    }

    @Test("the first assignment comes 3 s after the group starts")
    func initialDelay() {
        var w = StreamWorlds.world(groups: [StreamWorlds.group(rate: 1000) { $0.start = .secs(10) }],
                                   producers: [StreamWorlds.producer(rate: 100)])
        w.run(12.9)
        #expect(w.groupCounters().processed == 0)
        w.run(13.1)
        #expect(w.groupCounters().rebalances == 1)
    }

    @Test("coinciding instants: a restart at a retention check still loses what that check deletes")
    func retentionAfterRestartAtSameInstant() {
        let t = StreamWorlds.topic { $0.retention = .secs(60); $0.segmentTime = .secs(10); $0.retentionCheck = .secs(100) }
        var w = StreamWorlds.world(topics: [t], groups: [StreamWorlds.group(rate: 5000) { $0.from = .earliest; $0.commit = .afterBatch }],
                                   producers: [StreamWorlds.producer(rate: 1000)],
                                   timeline: [at(5, .crash(.group(0), downFor: nil)), at(200, .restart(.group(0)))])
        w.run(200) // the restart and the check at 200 s both ran: restart first, retention last
        let logStart = w.stream.topics[0].partitions[0].logStart
        #expect(logStart > 100_000)
        #expect(w.stream.groups[0].partitions[0].position < logStart) // not read yet: assignment at 203 s
        w.run(204)
        #expect(w.groupCounters().lostToRetention == logStart - 5000)
    }

    @Test("the end of the run: events due at the stop instant run and the report sees them")
    func endOfRunIncludesRetention() {
        let t = StreamWorlds.topic { $0.retention = .secs(10); $0.segmentTime = .secs(5); $0.retentionCheck = .secs(60) }
        var w = StreamWorlds.world(topics: [t], groups: [], producers: [StreamWorlds.producer(rate: 100)])
        w.run(59.999)
        #expect(w.stream.topics[0].deletedByRetention == 0)
        w.run(60)
        #expect(w.stream.topics[0].deletedByRetention > 0)
    }
}
