import Testing
@testable import BrokerSimCore

@Suite("Stream closed-form checks")
struct StreamClosedFormTests {
    @Test("one partition, λ > μ: lag grows at λ − μ")
    func lagGrowsAtLambdaMinusMu() {
        var w = StreamWorlds.world(groups: [StreamWorlds.group(rate: 600) { $0.commit = .afterBatch }],
                                   producers: [StreamWorlds.producer(rate: 1000)])
        w.run(100)
        let a = w.lag
        w.run(200)
        let b = w.lag
        #expect(abs(Double(b - a) - 400 * 100) <= 500)
        #expect(w.invariantFailure == nil)
    }

    @Test("after an outage D a group with μ > λ catches up after about λ·D/(μ − λ)")
    func catchUpAfterOutage() throws {
        // Down 10 s → 110 s; its session timed out, so it forms again: assignment at 113 s.
        var w = StreamWorlds.world(groups: [StreamWorlds.group(rate: 3000) { $0.commit = .afterBatch }],
                                   producers: [StreamWorlds.producer(rate: 1000)],
                                   timeline: [at(10, .crash(.group(0), downFor: .secs(100)))])
        w.run(400)
        let idle = 113.0 - 10.0
        let expected = 113 + 1000 * idle / (3000 - 1000)
        let caught = try #require(w.caughtUpAt(0))
        #expect(abs(caught.seconds - expected) < 1)
        #expect(w.groupCounters().lostToRetention == 0)
        #expect(w.invariantFailure == nil)
    }

    @Test("records lost to retention are those deleted beyond the group's offset")
    func retentionLossMatchesDeletedSegments() {
        let topic = StreamWorlds.topic { $0.retention = .secs(60); $0.segmentTime = .secs(10); $0.retentionCheck = .secs(5) }
        var w = StreamWorlds.world(topics: [topic],
                                   groups: [StreamWorlds.group(rate: 5000) { $0.commit = .afterBatch; $0.from = .earliest }],
                                   producers: [StreamWorlds.producer(rate: 1000)],
                                   timeline: [at(20, .crash(.group(0), downFor: .secs(200)))])
        w.run(20)
        let committedAtCrash = w.groupCommitted(0)
        w.run(223.5) // restarted at 220, assigned at 223
        let logStart = w.stream.topics[0].partitions[0].logStart
        #expect(w.groupCounters().lostToRetention == logStart - committedAtCrash)
        #expect(w.groupCounters().lostToRetention > 100_000)
        #expect(w.invariantFailure == nil)
    }
}
