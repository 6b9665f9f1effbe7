import BrokerSimRunner
import BrokerSimTestSupport
import Foundation
import Testing
@testable import BrokerSimDrive

/// The measured pane's unacked and the report's depth peak are the broker's, not only what the
/// driver's worker threads have taken from their sockets.
@Suite("drive's unacked and depth as the broker counts them (needs RabbitMQ on 127.0.0.1)", .serialized)
struct DriveBrokerCountsTests {
    @Test("needs RabbitMQ: with unlimited prefetch the broker hands out the backlog at once: ready peak stays low, depth peak and the pane's unacked carry it")
    func unlimitedPrefetch() throws { try RabbitMQLock.with { try unlimitedPrefetchRun() } }

    func unlimitedPrefetchRun() throws {
        guard RealBroker.required() else { return }
        var paneUnacked: Int64 = 0
        let r = try RealBroker.drive("""
            stop: drained
            queues:
              jobs: {}
            workers:
              w: {queue: jobs, count: 2, prefetch: 0, work: 20ms}
            producers:
              p: {to: jobs, backlog: 200}
            """, speed: 1, management: true) { reading in
            paneUnacked = max(paneUnacked, reading.queues[0].unacked)
        }
        #expect(r.result.end == .drained)
        let ready = try #require(r.measured("queues", "jobs", "peak_ready"))
        let depth = try #require(r.measured("queues", "jobs", "peak_depth"))
        #expect(ready < 50, "ready peak \(ready)")
        #expect(depth >= 190, "depth peak \(depth)")
        #expect(paneUnacked >= 150, "the pane's unacked peaked at \(paneUnacked)")
        // The simulation lands the backlog before dispatching it: its ready peak is all of it.
        #expect(r.simulated("queues", "jobs", "peak_ready") == 200)
        let rows = Comparison(simulated: r.simulated, measured: r.measured, drained: true).rows
        #expect(rows.first { $0.name == "jobs depth peak" }?.measured == Double(depth))
        #expect(rows.first { $0.name == "jobs depth peak" }?.simulated == nil)
        #expect(rows.contains { $0.name == "jobs ready peak" })
        let m = try #require(r.result.management)
        #expect(m.url == "rabbitmq://guest@127.0.0.1:15672/")
        #expect(m.reads >= 1 && m.error == nil, "\(m)")
    }

    // RabbitMQ refreshes its queue statistics every 5 s (and a new queue's first ones came after
    // about 7 s here, later on a broker just started, as in a fresh CI run): this run lasts
    // about 20 s so that the management API has counted the messages waiting in the worker's
    // socket while there are still some.
    @Test("needs RabbitMQ: on a queue with max_length, where the driver cannot count what the broker holds, the pane's unacked is the broker's own count from the management API")
    func discardingQueue() throws { try RabbitMQLock.with { try discardingQueueRun() } }

    func discardingQueueRun() throws {
        guard RealBroker.required() else { return }
        var paneUnacked: Int64 = 0, heldMost: Int64 = 0
        let r = try RealBroker.drive("""
            stop: drained
            queues:
              jobs: {max_length: 1000}
            workers:
              w: {queue: jobs, prefetch: 0, work: 50ms}
            producers:
              p: {to: jobs, backlog: 400}
            """, speed: 1, management: true) { reading in
            paneUnacked = max(paneUnacked, reading.queues[0].unacked)
            heldMost = max(heldMost, reading.workers[0].held)
        }
        #expect(r.result.end == .drained)
        #expect(heldMost <= 2, "the worker's thread holds one delivery at a time (\(heldMost))")
        // Above what the worker's thread holds: the broker's count reached the pane.
        #expect(paneUnacked >= 10 + heldMost, "the pane's unacked peaked at \(paneUnacked)")
        #expect(r.measured("queues", "jobs", "lost") == 0)
        #expect(try #require(r.measured("queues", "jobs", "peak_depth")) >= paneUnacked)
        let m = try #require(r.result.management)
        #expect(m.reads >= 5 && m.error == nil, "\(m)")
    }
}
