import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Testing
@testable import BrokerSimDrive

/// What `drive` declares and how it compares, without a broker.
struct DrivePlanTests {
    static func plan(_ yaml: String, speed: Double = 1) throws -> Result<DrivePlan, AMQPError> {
        let s = try ScenarioLoader.parse(text: yaml, file: "t.yaml", name: "t")
        return DrivePlan.build(scenario: "t", variant: nil, config: s.config, speed: speed, prefix: "p-")
    }

    @Test("queue settings become RabbitMQ arguments under the prefix; TTLs compress with --speed")
    func arguments() throws {
        let r = try Self.plan("""
            queues:
              work: {max_length: 500, overflow: reject-publish, message_ttl: 30s, dead_letter: parked}
              parked: {}
              orders: {type: quorum, delivery_limit: 3}
            workers:
              w: {queue: work, count: 2, prefetch: 10}
            producers:
              p: {to: work, rate: 10/s}
            """, speed: 10)
        let plan = try r.get()
        let work = try #require(plan.queues.first { $0.name == "p-work" })
        #expect(work.maxLength == 500 && work.overflow == "reject-publish")
        #expect(work.ttlMillis == 3000, "30 s at speed 10")
        #expect(work.deadLetterExchange == "" && work.deadLetterKey == "p-parked")
        #expect(!work.discardsNothing)
        let orders = try #require(plan.queues.first { $0.name == "p-orders" })
        #expect(orders.type == "quorum" && orders.durable && orders.deliveryLimit == 3)
        #expect(plan.slots.map(\.name) == ["w-1", "w-2"])
        #expect(plan.route(0) == ("", "p-work"))
    }

    @Test("a scale-up on the timeline gets its instances ready, not live at the start")
    func scaleSlots() throws {
        let plan = try Self.plan("""
            queues: {q: {}}
            workers: {w: {queue: q, count: 1}}
            producers: {p: {to: q, backlog: 10}}
            timeline:
              - {at: 5s, scale: w, count: 3}
            """).get()
        #expect(plan.slots.map(\.name) == ["w-1", "w-2", "w-3"])
        #expect(plan.slots.map(\.startsLive) == [true, false, false])
    }

    @Test("what the driver cannot carry out is named: no task queue, a stream, a broker restart")
    func refusals() throws {
        let none = try Self.plan("""
            topics: {t: {partitions: 1}}
            producers: {p: {to: t, rate: 1/s}}
            """)
        #expect(none.failure?.message == "t has no task-queue part (queues, workers, producers) to drive")
        let stream = try Self.plan("""
            queues: {s: {type: stream}}
            producers: {p: {to: s, backlog: 1}}
            timeline:
              - {at: 1s, broker: restart, for: 5s}
            """)
        #expect(stream.failure?.message == "drive cannot carry out t: queue s is a stream; the timeline restarts the broker (drive never stops a real broker)")
    }

    @Test("the comparison table: relative differences, worker shares, n/a against a simulated 0")
    func comparisonTable() {
        let sim: JSONValue = .object([
            ("simulated_seconds", .double(100)),
            ("queues", .object([("q", .object([("peak_ready", .int(10)), ("latency_p50", .double(2)), ("latency_p99", .double(4)),
                                               ("redelivered", .int(0)), ("lost", .int(0))]))])),
            ("workers", .object([("w-1", .object([("processed", .int(30))])), ("w-2", .object([("processed", .int(70))]))])),
        ])
        let measured: JSONValue = .object([
            ("simulated_seconds", .double(110)),
            ("queues", .object([("q", .object([("peak_ready", .int(9)), ("latency_p50", .double(2)), ("latency_p99", .double(5)),
                                               ("redelivered", .int(1)), ("lost", .int(0))]))])),
            ("workers", .object([("w-1", .object([("processed", .int(40))])), ("w-2", .object([("processed", .int(60))]))])),
        ])
        let c = Comparison(simulated: sim, measured: measured, drained: true)
        #expect(c.text == """
                                                 simulated        measured  difference
              drain time                           100.0 s         110.0 s      +10.0%
              q ready peak                              10               9      -10.0%
              q latency p50                         2.00 s          2.00 s       +0.0%
              q latency p99                         4.00 s          5.00 s      +25.0%
              q redelivered                              0               1         n/a
              q lost                                     0               0       +0.0%
              w-1 processed                     30 (30.0%)      40 (40.0%)      +33.3%
              w-2 processed                     70 (70.0%)      60 (60.0%)      -14.3%

            """)
    }
}

extension Result {
    var failure: Failure? { if case .failure(let e) = self { return e } else { return nil } }
}
