import BrokerSimRabbitMQ
import Foundation

/// Reads each declared queue from the management API once a second on its own thread, so that
/// the measured pane and the report carry the broker's own count of unacked messages and its
/// depth: with a large prefetch most deliveries wait in the workers' sockets, where the
/// driver's threads have not counted them yet. RabbitMQ refreshes these statistics every 5 s;
/// reading more often only sees a change sooner. A failed read is noted and retried; the
/// drive never waits for the API.
struct ManagementPoller: Sendable {
    var client: ManagementClient
    var plan: DrivePlan
    var vhost: String
    var board: DriveBoard

    static let intervalSeconds = 1.0

    static func start(_ p: ManagementPoller) {
        let t = Thread { p.run() }
        t.name = "management-api"
        t.start()
    }

    func run() {
        while !board.state.withLock({ $0.stopPolling }) {
            for q in plan.config.queues.indices {
                do {
                    let counts = try client.queueCounts(vhost: vhost, name: plan.queueName(q))
                    board.state.withLock { b in
                        b.managementReads += 1
                        // A queue younger than the broker's statistics has none yet.
                        guard let c = counts else { return }
                        b.queues[q].brokerUnacked = c.unacked
                        b.queues[q].peakDepth = max(b.queues[q].peakDepth, c.ready + c.unacked)
                    }
                } catch {
                    board.state.withLock { $0.managementError = error.message }
                }
            }
            let wake = Date().addingTimeInterval(Self.intervalSeconds)
            while Date() < wake && !board.state.withLock({ $0.stopPolling }) { Thread.sleep(forTimeInterval: 0.05) }
        }
    }
}
