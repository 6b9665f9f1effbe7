import BrokerSimRabbitMQ
import BrokerSimSnapshot
import Foundation
import Testing

@Suite("Management API mapping, on responses recorded from RabbitMQ 3.10")
struct ManagementMappingTests {
    @Test func queuesCarryDepthTypeLimitsAndDeadLetterTarget() throws {
        let s = try Fixtures.snapshot("busy-1", at: 1_000)
        #expect(s.queues.map(\.name) == ["emails", "emails.dead", "events", "orders"])
        let emails = try #require(s.queue("emails"))
        #expect(emails.ready == 358 && emails.unacked == 12 && emails.consumers == 3)
        #expect(emails.type == "classic" && emails.maxLength == 1000)
        #expect(emails.deadLetterTarget == "emails.dead")
        #expect(emails.published == 400 && emails.acked == 32 && emails.redelivered == 0)
        let orders = try #require(s.queue("orders"))
        #expect(orders.type == "quorum" && orders.deliveryLimit == 3 && orders.ready == 20)
        #expect(orders.acked == nil, "a queue never consumed from has no ack counter, not a 0")
        #expect(s.queue("events")?.type == "stream")
        #expect(s.source == "rabbit@localhost (RabbitMQ 3.10.8) at 127.0.0.1:15672")
    }

    @Test func consumersBecomeWorkersWithPrefetchAndWhatTheirChannelHolds() throws {
        let s = try Fixtures.snapshot("busy-1", at: 1_000)
        #expect(s.consumers.map(\.name) == ["127.0.0.1:54010 (1)", "127.0.0.1:54018 (1)", "127.0.0.1:54026 (1)"])
        #expect(s.consumers.map(\.prefetch) == [2, 5, 5])
        #expect(s.consumers.map(\.unacked) == [2, 5, 5])
        #expect(s.consumers.allSatisfy { $0.queue == "emails" && $0.ackRequired })
        #expect(s.consumers[0].acked == 32)
    }

    @Test func nodeMemoryAgainstTheWatermarkAndTheAlarm() throws {
        let calm = try #require(try Fixtures.snapshot("busy-1", at: 0).nodes.first)
        #expect(calm.name == "rabbit@localhost" && !calm.memoryAlarm && !calm.diskAlarm)
        #expect(calm.memoryUsed == 139_161_600 && calm.memoryLimit == 10_110_604_083)
        let alarm = try Fixtures.snapshot("memory-alarm", at: 0)
        let node = try #require(alarm.nodes.first)
        #expect(node.memoryAlarm && node.memoryLimit == 10_000_000 && node.memoryUsed > node.memoryLimit)
    }

    @Test func aPublisherDuringTheAlarmIsBlockedAndTheOthersBlocking() throws {
        let s = try Fixtures.snapshot("memory-alarm", at: 0)
        #expect(s.blockedConnections.map(\.name) == ["127.0.0.1:48936"])
        #expect(s.connections.filter { $0.state == "blocking" }.count == 2)
        #expect(try Fixtures.snapshot("busy-2", at: 0).blockedConnections.isEmpty)
    }

    @Test func aConsumerThatVanishesHoldingMessagesIsShownGone() throws {
        var h = SnapshotHistory()
        h.record(try Fixtures.snapshot("busy-2", at: 10_000))
        h.record(try Fixtures.snapshot("consumer-gone", at: 16_000))
        #expect(h.gone.map(\.consumer.name) == ["127.0.0.1:54018 (1)"])
        #expect(h.gone.first?.consumer.unacked == 5)
        #expect(h.latest?.queue("emails")?.redelivered == 5, "its 5 came back redelivered")
        // Still listed a minute on, then dropped.
        h.record(try Fixtures.snapshot("consumer-gone", at: 70_000))
        #expect(h.gone.count == 1)
        h.record(try Fixtures.snapshot("consumer-gone", at: 77_000))
        #expect(h.gone.isEmpty)
    }

    @Test func ratesComeFromCounterDeltasWhenTheAPIGivesNone() throws {
        var h = SnapshotHistory()
        h.record(Fixtures.withoutRates(try Fixtures.snapshot("busy-1", at: 0)))
        h.record(Fixtures.withoutRates(try Fixtures.snapshot("busy-2", at: 10_000)))
        let r = h.rates("emails")
        #expect(r.inRate == 5.0, "published 400 → 450 in 10 s")
        #expect(r.outRate == 4.9, "acked 32 → 81 in 10 s")
        #expect(r.redeliverRate == 0)
        let consumer = try #require(h.latest?.consumers.first)
        #expect(h.ackRate(consumer) == 7.3, "its channel acked 32 → 105 in 10 s")
    }

    @Test func theBrokersOwnRatesWinWhenItGivesThem() throws {
        var h = SnapshotHistory()
        h.record(try Fixtures.snapshot("busy-1", at: 0))
        h.record(try Fixtures.snapshot("busy-2", at: 10_000))
        #expect(h.rates("emails").outRate == 4.8)
        #expect(h.rates("emails").inRate == 0, "its 5 s sample saw no publish")
    }

    @Test func drainEstimateFollowsTheDepth() throws {
        var h = SnapshotHistory()
        h.record(try Fixtures.snapshot("busy-2", at: 0))          // 370 deep
        h.record(try Fixtures.snapshot("memory-alarm", at: 20_000)) // 270 deep
        #expect(h.drain("emails") == .seconds(54), "100 fewer in 20 s: 270 at 5/s")
        #expect(h.drain("emails").text == "drains in 54s")
        #expect(h.drain("emails.dead") == .empty)
        #expect(h.drain("orders") == .stalled, "20 ready, nothing leaving")
        #expect(h.drain("events") == .notConsumed && h.drain("events").text == nil, "reading a stream removes nothing")
        var growing = SnapshotHistory()
        growing.record(try Fixtures.snapshot("memory-alarm", at: 0))
        growing.record(try Fixtures.snapshot("busy-2", at: 10_000))
        #expect(growing.drain("emails").text == "growing 10/s")
    }

    @Test func theClientReadsEveryEndpointOnceAndFailsWithTheReason() throws {
        let fetcher = FixtureFetcher(try Fixtures.bodies("busy-1"))
        let client = ManagementClient(endpoint: Fixtures.local, fetcher: fetcher)
        let s = try client.read(now: { 42 })
        #expect(s.readAt == 42 && s.queues.count == 4)
        fetcher.failure = ReadError(.unreachable, "connection refused")
        #expect(throws: ReadError(.unreachable, "connection refused")) { try client.read() }
        var bodies = try Fixtures.bodies("busy-1")
        bodies["overview"] = Data("<html>".utf8)
        let garbage = FixtureFetcher(bodies)
        #expect(throws: ReadError(.badResponse, "unexpected answer from /api/overview: not the RabbitMQ management API's JSON")) {
            try ManagementClient(endpoint: Fixtures.local, fetcher: garbage).read()
        }
    }
}
