import BrokerSimSnapshot
import Foundation
import Synchronization

/// Reads the broker on a thread of its own, every interval (timed from the end of the
/// previous read, so reads never overlap), and keeps the newest snapshot and read status
/// for the terminal loop to take without waiting on the network. After a failed read it
/// retries sooner, then backs off: 1 s, 2 s, 4 s … up to the interval.
public final class LivePoller: Sendable {
    public struct State: Sendable {
        /// Snapshots read and not yet taken, oldest first.
        public var fresh: [Snapshot] = []
        public var status: ReadStatus
    }

    private let client: ManagementClient
    private let intervalMillis: Int64
    private let state: Mutex<State>
    private let stopped = Atomic<Bool>(false)

    public init(client: ManagementClient, intervalMillis: Int64) {
        self.client = client
        self.intervalMillis = intervalMillis
        state = Mutex(State(status: ReadStatus(intervalMillis: intervalMillis)))
    }

    public func start() {
        let thread = Thread { [self] in run() }
        thread.name = "brokersim-poller"
        thread.start()
    }

    public func stop() { stopped.store(true, ordering: .relaxed) }

    /// New snapshots since the last call and the read status now.
    public func take() -> State {
        state.withLock { s in
            let out = s
            s.fresh.removeAll()
            return out
        }
    }

    /// The delay before the next read after `failures` failed ones in a row.
    public static func delay(afterFailures failures: Int, intervalMillis: Int64) -> Int64 {
        guard failures > 0 else { return intervalMillis }
        let backoff = Int64(1000) << Int64(min(failures - 1, 20))
        return min(backoff, max(intervalMillis, 1000))
    }

    private func run() {
        var failures = 0
        // The caller read once before starting (to refuse a bad URL at once): the next read is an interval on.
        var first = true
        while !stopped.load(ordering: .relaxed) {
            if first {
                first = false
                pause(intervalMillis)
                continue
            }
            do {
                let snapshot = try client.read()
                failures = 0
                state.withLock { s in
                    s.fresh.append(snapshot)
                    if s.fresh.count > SnapshotHistory.capacity { s.fresh.removeFirst() }
                    s.status.lastRead = snapshot.readAt
                    s.status.lastError = nil
                }
            } catch {
                failures += 1
                state.withLock { $0.status.lastError = error.message }
            }
            pause(Self.delay(afterFailures: failures, intervalMillis: intervalMillis))
        }
    }

    /// Sleeps in small steps so that stop() is honoured quickly.
    private func pause(_ millis: Int64) {
        var left = millis
        while left > 0 && !stopped.load(ordering: .relaxed) {
            let step = min(left, 100)
            Thread.sleep(forTimeInterval: Double(step) / 1000)
            left -= step
        }
    }
}
