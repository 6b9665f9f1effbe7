import BrokerSimRunner
import Testing
@testable import BrokerSimDrive

/// How a measured run's counts become a report's outcomes, without a broker.
struct DriveOutcomeTests {
    @Test("what a queue with two ways to remove messages dropped is dead-lettered, its reason null; its target counts it as published")
    func ambiguousRemoval() throws {
        let plan = try DrivePlanTests.plan("""
            queues:
              work: {max_length: 5, message_ttl: 1s, dead_letter: parked}
              parked: {}
            workers:
              w: {queue: work}
            producers:
              p: {to: work, backlog: 20}
            """).get()
        let board = DriveBoard(plan: plan, startNanos: 0)
        board.state.withLock { b in
            b.queues[0].published = 18
            b.queues[0].refused = 2
            b.queues[0].acked = 5
            b.queues[1].ready = 13
            b.producers[0].sent = 20
            b.producers[0].published = 18
            b.producers[0].refused = 2
        }
        let r = DriveResult(plan: plan, login: RealBroker.login, end: .drained, state: board.snapshot(), seconds: 1, wallSeconds: 1)
        let m = r.sections
        func v(_ path: String...) -> JSONValue? { m.value(at: path) }
        #expect(v("queues", "work", "dead_lettered") == .int(13))
        #expect(v("queues", "work", "discarded") == .int(0))
        #expect(v("queues", "work", "lost") == .int(0))
        #expect(v("queues", "work", "expired") == .null)
        #expect(v("queues", "work", "dropped") == .null)
        #expect(v("queues", "work", "dead_lettered_delivery_limit") == .int(0))
        #expect(v("queues", "parked", "published") == .int(13))
        #expect(v("queues", "parked", "lost") == .int(0))
        // No `confirm: true`: the producer cannot tell a refusal, as in a simulated report.
        #expect(v("producers", "p", "published") == .int(20))
        #expect(v("producers", "p", "refused") == .int(0))
    }
}
