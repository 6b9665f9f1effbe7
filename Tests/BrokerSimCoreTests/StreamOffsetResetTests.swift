import Testing
@testable import BrokerSimCore

/// When `from:` applies (SPEC §3, Kafka's auto.offset.reset): at a partition's first assignment
/// (the first fetch), not when the group subscribes 3 s earlier.
@Suite("Stream: from applies at the first assignment")
struct StreamOffsetResetTests {
    /// A 1,000/s producer and a group subscribing at 0: the assignment comes at 3 s, so `latest`
    /// starts at the log end then and skips the 3,000 records written in between, as a new Kafka
    /// consumer with auto.offset.reset=latest does.
    @Test func latestStartsAtTheLogEndOfTheFirstAssignment() {
        var w = StreamWorlds.world(groups: [StreamWorlds.group(rate: 5_000) { $0.from = .latest }],
                                   producers: [StreamWorlds.producer(rate: 1_000)])
        w.run(2.9)
        #expect(w.groupCounters().skipped == 0)
        #expect(w.stream.groups[0].partitions[0].hasOffset == false)
        w.run(3)
        #expect(w.groupCounters().skipped == 3_000)
        #expect(w.stream.groups[0].partitions[0].committed == 3_000)
        #expect(w.feed.contains { $0.text == "g starts at the log end (from: latest): 3,000 older records of t skipped" })
        w.run(60)
        #expect(w.groupCounters().processed == 57_000)
        #expect(w.invariantFailure == nil)
    }

    /// `earliest` takes the log start at the assignment: a t=0 backlog is read.
    @Test func earliestReadsTheBacklog() {
        var w = StreamWorlds.world(groups: [StreamWorlds.group(rate: 5_000)],
                                   producers: [StreamWorlds.producer(backlog: 2_000)])
        w.run(10)
        #expect(w.groupCounters().processed == 2_000)
        #expect(w.groupCounters().skipped == 0)
    }

    /// `none` with no committed offset stops the group with an error at the first assignment,
    /// also on a partition still empty (Kafka's NoOffsetForPartitionException).
    @Test(arguments: [0.0, 100.0])
    func noneStopsAtTheFirstAssignment(rate: Double) {
        var w = StreamWorlds.world(groups: [StreamWorlds.group(rate: 5_000) { $0.from = .none }],
                                   producers: [StreamWorlds.producer(rate: rate)])
        w.run(2.9)
        #expect(!w.stream.groups[0].stopped)
        w.run(3)
        #expect(w.stream.groups[0].stopped)
        #expect(w.groupStatus(0) == .down)
        #expect(w.feed.contains { $0.text.hasPrefix("ERROR g: no committed offset on t-0 and from: none") })
        #expect(w.groupCounters().processed == 0)
    }
}

/// `lag_seconds` is the age of the oldest uncommitted record, from when it was really appended.
@Suite("Stream: lag in time from the real append times")
struct StreamLagSecondsTests {
    /// One week-long segment, 1,000/s for 100 s, then 10/s. The group crashes at 50 s with its
    /// bookmark near offset 50,000, written at 50 s: at 200 s the lag is 150 s. Records spread
    /// evenly over the segment (the old rule) put that offset near 99 s, 49 s off.
    @Test func aRateChangeInsideOneSegmentDoesNotBendTheLag() {
        let t = StreamWorlds.topic { $0.segmentBytes = 1 << 50 }
        var w = StreamWorlds.world(topics: [t], groups: [StreamWorlds.group(rate: 5_000) { $0.commit = .afterBatch }],
                                   producers: [StreamWorlds.producer(rate: 1_000)],
                                   timeline: [at(50, .crash(.group(0), downFor: nil)),
                                              at(100, .rate(producer: 0, to: 10, over: .zero))])
        w.run(200)
        #expect(w.stream.topics[0].partitions[0].segments.count == 1)
        let committed = w.stream.groups[0].partitions[0].committed
        #expect(abs(committed - 50_000) <= 500)
        // Exact to one poll batch (500 records = 0.5 s at 1,000/s).
        #expect(abs(w.lagSeconds(0) - (200 - Double(committed) / 1_000)) < 0.01)
        #expect(abs(w.lagSeconds(0) - 150) <= 0.5)
        #expect(w.stream.topics[0].partitions[0].timeIndex.count <= 3)
    }

    /// The time index is marked per closed-form step (records at the partition's pace, the last
    /// at the step's end), not per record: each record is stamped inside the step it fell due
    /// in, within a record's spacing of its instant. Two producers on one partition (600/s and
    /// 400/s, the second stopping at 100 s), the group down at 50 s: read at 200 s, the lag in
    /// time is the committed record's real age (offset c is due at (c + 1) / 1,000 s) to two
    /// records, and the same to one record (1 ms) however the run was cut into steps (one
    /// advance, 0.37 s or 7.3 s ones): far below a step, let alone a segment.
    @Test func theLagInTimeDoesNotDependOnTheSteps() {
        var seen: [Double] = []
        for chunk in [0, 0.37, 7.3] {
            var w = StreamWorlds.world(groups: [StreamWorlds.group(rate: 5_000) { $0.commit = .afterBatch }],
                                       producers: [StreamWorlds.producer("a", rate: 600), StreamWorlds.producer("b", rate: 400)],
                                       timeline: [at(50, .crash(.group(0), downFor: nil)),
                                                  at(100, .rate(producer: 1, to: 0, over: .zero))])
            if chunk > 0 {
                var t = 0.0
                while t < 200 { t = min(200, t + chunk); w.run(t) }
            } else {
                w.run(200)
            }
            let committed = w.stream.groups[0].partitions[0].committed
            #expect(abs(committed - 50_000) <= 1_000)
            #expect(abs(w.lagSeconds(0) - (200 - Double(committed + 1) / 1_000)) <= 0.002, "chunk \(chunk): \(w.lagSeconds(0))")
            seen.append(w.lagSeconds(0))
        }
        #expect(seen.allSatisfy { abs($0 - seen[0]) <= 0.0011 }, "\(seen)")
    }
}
