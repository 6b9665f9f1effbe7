import BrokerSimCore
import Synchronization

/// What the driver's threads count, behind one lock: each worker and producer thread writes its
/// own slot, the driver reads them all (timeline, drain check, report). A few lock round trips
/// per message, at most a few thousand a second: no contention worth a finer design.
final class DriveBoard: Sendable {
    struct WorkerTally: Sendable {
        var delivered: Int64 = 0
        var redelivered: Int64 = 0
        var processed: Int64 = 0
        var acked: Int64 = 0
        var rejected: Int64 = 0
        var requeued: Int64 = 0
        var crashes: Int64 = 0
        /// Delivered to this instance and not yet acked or rejected: back to ready if it dies.
        var held: Int64 = 0
        var busyNanos: UInt64 = 0
        var connected = false
        /// basic.consume answered: the broker may deliver to it.
        var subscribed = false
    }

    enum Order: Sendable, Equatable {
        case run
        /// Close the channel now, whatever it holds unacked.
        case crash
        /// Scaled down: the same close, but not counted as a crash.
        case retire
    }

    struct QueueTally: Sendable {
        var published: Int64 = 0
        var refused: Int64 = 0
        var acked: Int64 = 0
        /// Every reject by a worker, requeued or not (a report's `rejected`).
        var rejected: Int64 = 0
        /// Rejected without requeue: dead-lettered (or dropped when there is no dead-letter target).
        var rejectedOut: Int64 = 0
        /// Failed on an auto-ack worker: the broker had already forgotten it (`discarded`).
        var failedAuto: Int64 = 0
        /// Processed, then handed out again: a crash between the work and the ack.
        var duplicates: Int64 = 0
        var ready: Int64 = 0
        var peakReady: Int64 = 0
        /// Unacked as the pane shows it (docs/drive.md, "Ready, unacked and depth").
        var unacked: Int64 = 0
        /// The highest ready + unacked, from the driver's reads and the management API's.
        var peakDepth: Int64 = 0
        /// The broker's own unacked count from the management API's latest read, if any.
        var brokerUnacked: Int64?
        var latency = LatencyRecorder()
    }

    struct ProducerTally: Sendable {
        var sent: Int64 = 0
        var published: Int64 = 0
        var refused: Int64 = 0
        /// Per second, scenario time; ramps are taken by the producer thread from `ramp`.
        var ramp: (from: Double, to: Double, startNanos: UInt64, overNanos: UInt64)
        var bursts: Int64 = 0
        var finished = false
        var stop = false
    }

    struct State: Sendable {
        var workers: [WorkerTally]
        var orders: [Order]
        var slow: [Double]
        var queues: [QueueTally]
        var producers: [ProducerTally]
        var failure: String?
        /// Monotonic nanoseconds of the last ack or reject: when the run drained.
        var lastSettleNanos: UInt64 = 0
        /// Reads of the management API that answered, and the latest reason one did not.
        var managementReads = 0
        var managementError: String?
        var stopPolling = false
    }

    let state: Mutex<State>

    init(plan: DrivePlan, startNanos: UInt64) {
        let producers = plan.config.producers.map {
            ProducerTally(ramp: ($0.rate, $0.rate, startNanos, 0))
        }
        state = Mutex(State(workers: Array(repeating: WorkerTally(), count: plan.slots.count),
                            orders: Array(repeating: .run, count: plan.slots.count),
                            slow: Array(repeating: 1, count: plan.slots.count),
                            queues: Array(repeating: QueueTally(), count: plan.config.queues.count),
                            producers: producers))
    }

    func snapshot() -> State { state.withLock { $0 } }

    /// The first thread failure wins: it is what the user is told.
    func fail(_ message: String) { state.withLock { if $0.failure == nil { $0.failure = message } } }
}
