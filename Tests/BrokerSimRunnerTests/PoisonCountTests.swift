import BrokerSimCore
import Testing

/// What a poison message counts as, on both sides.
@Suite("Poison messages: what they count as")
struct PoisonCountTests {
    @Test("a poison message going round a requeue loop is rejected and redelivered, never a duplicate")
    func aLoopIsNoDuplicate() throws {
        let w = try ModelRun.world("""
        stop: 10s
        queues:
          orders: {type: quorum, delivery_limit: 5}
        workers:
          handler: {queue: orders, prefetch: 1, work: 10ms, on_fail: requeue}
        producers:
          shop: {to: orders, backlog: 100, poison: 1}
        """, file: "loop")
        let r = ModelRun.report(w, scenario: "loop", seed: 1)
        #expect(ModelRun.number(r, "queues.orders.rejected") == 6)
        #expect(ModelRun.number(r, "queues.orders.redelivered") == 5)
        #expect(ModelRun.number(r, "queues.orders.duplicates") == 0)
    }

    @Test("a burst of one poison record fails on whichever partition it lands", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func aLonePoisonRecordIsNeverLost(seed: UInt64) throws {
        let w = try ModelRun.world("""
        seed: \(seed)
        stop: 20s
        topics:
          t: {partitions: 4}
        producers:
          bad: {to: t, poison: 1, key: users(100)}
        groups:
          g: {topic: t, consumers: 4, work: 10ms, from: earliest, on_fail: skip}
        timeline:
          - {at: 5s, burst: bad, count: 1}
        """, file: "lone")
        let r = ModelRun.report(w, scenario: "lone", seed: seed)
        #expect(ModelRun.number(r, "groups.g.failed") == 1)
        #expect(ModelRun.number(r, "groups.g.skipped") == 1)
    }
}
