import Testing
@testable import BrokerSimCore

/// before-batch commits a batch when it is fetched, so the bookmark runs up to one batch ahead
/// of the position. A crash, a rebalance pause and retention around it must still leave every
/// record accounted for once (docs/report.md).
@Suite("before-batch accounting")
struct StreamBeforeBatchAccountingTests {
    /// The shape of LazyAdvanceTests' seed 16 (retention 30 s): a crashed member holds the eager rebalance
    /// for its 45 s session, meanwhile retention deletes what the paused group has not read.
    static func world(pollByPoll: Bool) -> World {
        let topic = StreamWorlds.topic(partitions: 3) {
            $0.retention = .secs(30); $0.segmentTime = .secs(20); $0.retentionCheck = .secs(10)
        }
        let group = StreamWorlds.group(consumers: 3, rate: 300) {
            $0.commit = .beforeBatch; $0.assignor = .range; $0.start = .secs(7)
        }
        return StreamWorlds.world(topics: [topic], groups: [group],
                                  producers: [StreamWorlds.producer(rate: 500) { $0.key = .users(1000) }],
                                  timeline: [at(12.331, .crash(.member(group: 0, index: 1), downFor: .secs(50))),
                                             at(15.553, .scale(.group(0), count: 3))],
                                  pollByPoll: pollByPoll)
    }

    @Test("Σ(frontier − base) = processed − duplicates + skipped + lost + lost_to_retention through a before-batch crash, a rebalance and retention",
          arguments: [false, true])
    func identityHolds(pollByPoll: Bool) {
        var w = Self.world(pollByPoll: pollByPoll)
        for t in stride(from: 5.0, through: 240, by: 5) {
            w.run(t)
            let s = w.stream.groups[0], c = s.counters
            let span = s.partitions.reduce(Int64(0)) { $0 + ($1.frontier - $1.base) }
            #expect(span == c.processed - c.duplicates + c.skipped + c.lost + c.lostToRetention, "t=\(t) \(c)")
        }
        #expect(w.invariantFailure == nil, "\(w.invariantFailure ?? "")")
        let c = w.groupCounters()
        // The crashed member's fetched batch (what it had not processed of it) is lost; the members
        // that kept running finish theirs before the rebalance takes their partitions, so they
        // lose nothing. Poll by poll the crash came partway through the batch.
        if pollByPoll { #expect(c.lost > 0 && c.lost <= 500, "\(c)") } else { #expect(c.lost == 500, "\(c)") }
        #expect(c.lostToRetention > 0, "\(c)")
    }
}
