import BrokerSimTestSupport
import Foundation
import Testing
@testable import BrokerSimDrive

/// Each queue argument drive declares, against the real broker: the broker holds the argument
/// (read back from the management API), and what it did with the messages is what the
/// simulation of the same scenario predicts.
@Suite("drive's queue arguments on a real RabbitMQ (needs RabbitMQ on 127.0.0.1)", .serialized)
struct DriveQueueArgumentTests {
    /// The same counts, measured and simulated, for each field named.
    static func same(_ r: RealBroker.Run, _ queue: String, _ fields: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for f in fields {
            let m = r.measured("queues", queue, f), s = r.simulated("queues", queue, f)
            #expect(m != nil && m == s, "\(queue).\(f): measured \(m.map(String.init) ?? "none"), simulated \(s.map(String.init) ?? "none")",
                    sourceLocation: sourceLocation)
        }
    }

    static func arguments(_ r: RealBroker.Run, _ queue: String) -> [String: Any] {
        (r.declared[queue]?["arguments"] as? [String: Any]) ?? [:]
    }

    @Test("needs RabbitMQ: max_length 5 with drop-head: the broker has x-max-length and x-overflow and dead-letters the 15 oldest of 20, as simulated")
    func dropHead() throws { try RabbitMQLock.with { try dropHeadRun() } }

    func dropHeadRun() throws {
        guard RealBroker.required() else { return }
        let r = try RealBroker.drive("""
            stop: drained
            queues:
              work: {max_length: 5, overflow: drop-head, dead_letter: parked}
              parked: {}
            workers:
              w: {queue: work, start: 1s, prefetch: 1, work: 10ms}
            producers:
              p: {to: work, backlog: 20}
            """, speed: 4)
        let args = Self.arguments(r, "work")
        #expect(args["x-max-length"] as? Int == 5, "\(args)")
        #expect(args["x-overflow"] as? String == "drop-head", "\(args)")
        #expect(args["x-dead-letter-exchange"] as? String == "", "\(args)")
        #expect(args["x-dead-letter-routing-key"] as? String == r.plan.prefix + "parked", "\(args)")
        #expect(r.result.end == .drained)
        #expect(r.measured("queues", "work", "dead_lettered") == 15)
        #expect(r.measured("queues", "parked", "ready") == 15)
        Self.same(r, "work", ["published", "acked", "dead_lettered", "discarded", "dropped", "dead_lettered_maxlen", "lost", "peak_ready"])
        Self.same(r, "parked", ["published", "ready", "lost"])
    }

    // The quorum queue's publisher is spaced out (every 50 ms): a quorum queue refuses only once it
    // has told the publisher's channel it is full, and a burst faster than that gets past
    // max_length + 1 (docs/drive.md, "Where the broker and the simulation part").
    @Test("needs RabbitMQ: reject-publish at max_length 5 refuses 15 of a burst of 20 on a classic queue, and all but 6 of those spaced out on a quorum one (max_length + 1), as simulated")
    func rejectPublish() throws { try RabbitMQLock.with { try rejectPublishRun() } }

    func rejectPublishRun() throws {
        guard RealBroker.required() else { return }
        let r = try RealBroker.drive("""
            stop: drained
            queues:
              classic: {max_length: 5, overflow: reject-publish}
              quorum: {type: quorum, max_length: 5, overflow: reject-publish}
            workers:
              c: {queue: classic, start: 2s, prefetch: 1, work: 10ms}
              q: {queue: quorum, start: 2s, prefetch: 1, work: 10ms}
            producers:
              to-classic: {to: classic, backlog: 20, confirm: true}
              to-quorum: {to: quorum, rate: 20/s, arrivals: uniform, confirm: true}
            timeline:
              - {at: 1s, rate: to-quorum, to: 0/s}
            """, speed: 1)
        #expect(Self.arguments(r, "classic")["x-overflow"] as? String == "reject-publish")
        #expect(Self.arguments(r, "quorum")["x-overflow"] as? String == "reject-publish")
        #expect(r.declared["quorum"]?["type"] as? String == "quorum")
        #expect(r.result.end == .drained)
        #expect(r.measured("queues", "classic", "refused") == 15)
        let sent = try #require(r.measured("producers", "to-quorum", "sent"))
        #expect(sent >= 19 && r.measured("queues", "quorum", "refused") == sent - 6)
        #expect(r.measured("queues", "quorum", "peak_ready") == 6)
        for f in ["sent", "published", "refused"] {
            #expect(r.measured("producers", "to-classic", f) == r.simulated("producers", "to-classic", f), "to-classic.\(f)")
        }
        // The driver's clock is the wall's: under load the message due just before the rate
        // drops to 0 at 1 s may or may not go out, so to-quorum sends 19 or 20. Whatever it
        // sent, both sides accept 6 (max_length + 1) and refuse the rest.
        let simulatedSent = try #require(r.simulated("producers", "to-quorum", "sent"))
        #expect(abs(sent - simulatedSent) <= 1, "sent: measured \(sent), simulated \(simulatedSent)")
        #expect(r.measured("producers", "to-quorum", "published") == 6)
        #expect(r.simulated("producers", "to-quorum", "published") == 6)
        #expect(r.simulated("producers", "to-quorum", "refused") == simulatedSent - 6)
        #expect(r.measured("producers", "to-quorum", "refused") == sent - 6)
        Self.same(r, "classic", ["published", "refused", "acked", "discarded", "lost"])
        Self.same(r, "quorum", ["published", "acked", "discarded", "lost"])
    }

    @Test("needs RabbitMQ: message_ttl (1 s at speed 4: x-message-ttl 250) expires all 10 unread messages into the dead-letter queue, as simulated")
    func ttl() throws { try RabbitMQLock.with { try ttlRun() } }

    func ttlRun() throws {
        guard RealBroker.required() else { return }
        let r = try RealBroker.drive("""
            stop: drained
            queues:
              work: {message_ttl: 1s, dead_letter: parked}
              parked: {}
            workers:
              w: {queue: work, start: 2s, prefetch: 1, work: 10ms}
            producers:
              p: {to: work, backlog: 10}
            """, speed: 4)
        let args = Self.arguments(r, "work")
        #expect(args["x-message-ttl"] as? Int == 250, "\(args)")
        #expect(args["x-dead-letter-routing-key"] as? String == r.plan.prefix + "parked", "\(args)")
        #expect(r.result.end == .drained)
        #expect(r.measured("queues", "work", "acked") == 0)
        #expect(r.measured("queues", "parked", "ready") == 10)
        Self.same(r, "work", ["published", "acked", "dead_lettered", "expired", "dead_lettered_expired", "lost"])
        Self.same(r, "parked", ["published", "ready", "lost"])
    }

    @Test("needs RabbitMQ: a quorum queue's delivery_limit 2 gives a poison message 3 deliveries, then dead-letters it; the 9 others are acked, as simulated")
    func deliveryLimit() throws { try RabbitMQLock.with { try deliveryLimitRun() } }

    func deliveryLimitRun() throws {
        guard RealBroker.required() else { return }
        let r = try RealBroker.drive("""
            stop: drained
            queues:
              orders: {type: quorum, delivery_limit: 2, dead_letter: parked}
              parked: {}
            workers:
              w: {queue: orders, prefetch: 1, work: 10ms, on_fail: requeue}
            producers:
              p: {to: orders, backlog: 10, poison: 1}
            """, speed: 4)
        let declared = try #require(r.declared["orders"])
        #expect(declared["type"] as? String == "quorum")
        #expect(declared["durable"] as? Bool == true)
        #expect(Self.arguments(r, "orders")["x-delivery-limit"] as? Int == 2)
        #expect(r.result.end == .drained)
        #expect(r.measured("queues", "orders", "rejected") == 3)
        #expect(r.measured("queues", "orders", "redelivered") == 2)
        #expect(r.measured("queues", "parked", "ready") == 1)
        Self.same(r, "orders", ["published", "delivered", "redelivered", "acked", "rejected", "dead_lettered",
                                "dead_lettered_delivery_limit", "lost"])
        Self.same(r, "parked", ["published", "ready"])
    }
}
