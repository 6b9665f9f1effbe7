import Testing
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// docs/ordering.md, rule by rule, on real runs of small files: `out_of_order` per key on a
/// queue (competing consumers, requeues under prefetch, single active consumer) and on a stream.
@Suite("Ordering per key")
struct OrderingTests {
    /// Runs inline YAML headless and returns its report sections.
    static func report(_ yaml: String) throws -> JSONValue {
        let s = try ScenarioLoader.parse(text: yaml, file: "order.yaml", name: "order")
        var runner = Runner()
        runner.checkInvariants = true
        let o = try runner.run(s)[0]
        #expect(o.invariantFailure == nil)
        return o.report
    }

    static func field(_ r: JSONValue, _ path: String) -> JSONValue? {
        var v: JSONValue? = r
        for part in path.split(separator: ".") { v = v?[String(part)] }
        return v
    }

    static func number(_ r: JSONValue, _ path: String) -> Int64 {
        Int64(field(r, path)?.number ?? -1)
    }

    static func world(_ yaml: String) throws -> World {
        let s = try ScenarioLoader.parse(text: yaml, file: "order.yaml", name: "order")
        var w = World(config: s.config)
        w.checkInvariants = true
        w.advance(to: .zero + .secs(120), stopWhenDrained: true)
        return w
    }

    static func keyedQueue(count: Int, prefetch: Int, extra: String = "", queue: String = "{}", work: String = "exp(10ms)",
                           key: String = "users(20)") -> String {
        """
        stop: drained
        seed: 5
        queues:
          orders: \(queue)
        workers:
          shop: {queue: orders, count: \(count), prefetch: \(prefetch), work: \(work)\(extra)}
        producers:
          web: {to: orders, backlog: 2000, key: \(key)}
        """
    }

    @Test("one consumer and no requeue keep publish order: out_of_order 0")
    func oneConsumerInOrder() throws {
        let r = try Self.report(Self.keyedQueue(count: 1, prefetch: 50))
        #expect(Self.number(r, "queues.orders.acked") == 2000)
        #expect(Self.number(r, "queues.orders.out_of_order") == 0)
    }

    @Test("competing consumers finish messages of one key out of publish order")
    func competingConsumers() throws {
        let r = try Self.report(Self.keyedQueue(count: 4, prefetch: 1))
        let ooo = Self.number(r, "queues.orders.out_of_order")
        #expect(ooo > 100 && ooo < 2000, "out_of_order \(ooo)")
        // Same file, same seed: the same count.
        #expect(Self.number(try Self.report(Self.keyedQueue(count: 4, prefetch: 1)), "queues.orders.out_of_order") == ooo)
    }

    @Test("more keys, fewer collisions: out_of_order falls as the key cardinality rises")
    func keyCardinality() throws {
        let few = Self.number(try Self.report(Self.keyedQueue(count: 4, prefetch: 1, key: "users(5)")), "queues.orders.out_of_order")
        let many = Self.number(try Self.report(Self.keyedQueue(count: 4, prefetch: 1, key: "users(5k)")), "queues.orders.out_of_order")
        #expect(few > 3 * many, "users(5): \(few), users(5k): \(many)")
    }

    @Test("a requeue under prefetch > 1 reorders even one consumer; under prefetch 1 it does not")
    func requeueWithPrefetch() throws {
        let fail = ", fail: 0.05, on_fail: requeue"
        let wide = try Self.report(Self.keyedQueue(count: 1, prefetch: 20, extra: fail, key: "users(3)"))
        #expect(Self.number(wide, "queues.orders.rejected") > 50)
        #expect(Self.number(wide, "queues.orders.out_of_order") > 20)
        let narrow = try Self.report(Self.keyedQueue(count: 1, prefetch: 1, extra: fail, key: "users(3)"))
        #expect(Self.number(narrow, "queues.orders.rejected") > 50)
        #expect(Self.number(narrow, "queues.orders.out_of_order") == 0)
    }

    @Test("single active consumer: one worker gets everything, order per key is kept")
    func singleActiveConsumer() throws {
        let r = try Self.report(Self.keyedQueue(count: 4, prefetch: 1, queue: "{single_active_consumer: true}"))
        #expect(Self.number(r, "queues.orders.acked") == 2000)
        #expect(Self.number(r, "workers.shop-1.processed") == 2000)
        #expect(Self.number(r, "workers.shop-2.processed") == 0)
        #expect(Self.number(r, "queues.orders.out_of_order") == 0)
    }

    @Test("single active consumer: when the active one crashes the next in subscription order takes over, in order")
    func singleActiveFailover() throws {
        let yaml = Self.keyedQueue(count: 3, prefetch: 1, queue: "{single_active_consumer: true}") + """

        timeline:
          - {at: 5s, crash: shop-1}
        """
        let w = try Self.world(yaml)
        #expect(w.queues[0].counters.acked == 2000)
        #expect(w.queues[0].counters.redelivered == 1)
        #expect(w.workers[1].processed == 2000 - w.workers[0].processed)
        #expect(w.workers[2].processed == 0)
        #expect(w.keyOrders[0]?.outOfOrder == 0)
        #expect(w.feed.contains { $0.text == "shop-2 is now the single active consumer of orders" })
    }

    @Test("single active consumer does not undo a requeue behind a prefetch window")
    func singleActiveWithPrefetch() throws {
        let r = try Self.report(Self.keyedQueue(count: 2, prefetch: 20, extra: ", fail: 0.05", queue: "{single_active_consumer: true}",
                                                key: "users(3)"))
        #expect(Self.number(r, "workers.shop-2.processed") == 0)
        #expect(Self.number(r, "queues.orders.out_of_order") > 20)
    }

    @Test("a message processed again after a crash in its ack delay is a duplicate, not out of order")
    func duplicatesAreNotReordering() throws {
        let yaml = Self.keyedQueue(count: 1, prefetch: 10, extra: ", ack_delay: 200ms", work: "5ms", key: "users(1)") + """

        timeline:
          - {at: 2s, crash: shop-1, for: 1s}
        """
        let r = try Self.report(yaml)
        #expect(Self.number(r, "queues.orders.duplicates") > 0)
        #expect(Self.number(r, "queues.orders.out_of_order") == 0)
    }

    @Test("an unkeyed queue and an unkeyed topic report out_of_order as null")
    func unkeyedIsNull() throws {
        let r = try Self.report("""
            stop: 10s
            queues:
              q: {}
            workers:
              w: {queue: q, count: 2}
            topics:
              t: {partitions: 2}
            groups:
              g: {topic: t}
            producers:
              a: {to: q, rate: 10/s}
              b: {to: t, rate: 10/s}
            """)
        #expect(Self.field(r, "queues.q.out_of_order") == .null)
        #expect(Self.field(r, "groups.g.out_of_order") == .null)
    }

    @Test("a keyed topic keeps order per key through a crash: duplicates, but out_of_order 0")
    func streamKeepsOrder() throws {
        let r = try Self.report("""
            stop: 2m
            topics:
              orders: {partitions: 4}
            groups:
              shop: {topic: orders, consumers: 4, rate: 500/s, commit: auto(5s)}
            producers:
              web: {to: orders, rate: 1k/s, key: users(20)}
            timeline:
              - {at: 30s, crash: shop-2}
            """)
        #expect(Self.number(r, "groups.shop.duplicates") > 0)
        #expect(Self.number(r, "groups.shop.out_of_order") == 0)
    }

    @Test("single_active_consumer must be a boolean")
    func badValue() throws {
        #expect(throws: ScenarioError.self) {
            _ = try ScenarioLoader.parse(text: "queues:\n  q: {single_active_consumer: yes}\n", file: "b.yaml", name: "b")
        }
    }
}
