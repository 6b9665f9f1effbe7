import BrokerSimSnapshot
import Foundation

/// A broker being watched: it hands over what it read since the last frame, and is read, not
/// driven (no pause, seek or intervention: the broker runs on whatever the console does).
///
/// The reading itself happens elsewhere (a poller thread, for RabbitMQ); `take` only collects
/// what arrived, so a broker that stops answering never freezes the console.
public final class LiveSource: ReadingSource {
    /// What arrived since the last call, and how reading has gone.
    public typealias Take = () -> (fresh: [Snapshot], status: ReadStatus)

    let take: Take
    /// Called with each snapshot taken in (the watch report and `--record` keep them).
    let keep: (Snapshot) -> Void
    /// Wall-clock ms since the epoch, for how stale the values are.
    let epochMillis: () -> Int64
    public private(set) var history = SnapshotHistory()
    public private(set) var status: ReadStatus

    /// - Parameter first: the read made at start (before the console opened), if any.
    public init(first: Snapshot?, intervalMillis: Int64, take: @escaping Take, keep: @escaping (Snapshot) -> Void = { _ in },
                epochMillis: @escaping () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }) {
        self.take = take
        self.keep = keep
        self.epochMillis = epochMillis
        if let first { history.record(first) }
        status = ReadStatus(lastRead: first?.readAt, intervalMillis: intervalMillis)
    }

    public var capabilities: SourceCapabilities { .live }
    public var refusal: String { "A live broker is watched, not driven: that key is for simulations (brokersim run)" }

    public func start(_ state: inout ConsoleState, clock: WallClock) {}

    public func tick(_ state: inout ConsoleState, clock: WallClock, deadline: Int64) {
        let taken = take()
        for s in taken.fresh {
            history.record(s)
            keep(s)
        }
        // Before the poller's first read the first snapshot (read at start) is the last good one.
        status = taken.status
        if status.lastRead == nil { status.lastRead = history.latest?.readAt }
    }

    public func frames(_ state: ConsoleState) -> [Frame] { [Frame(history: history, status: status, now: epochMillis())] }

    public func perform(_ effect: ConsoleEffect, _ state: inout ConsoleState, frames: [Frame], clock: WallClock) {}
    public func settle(_ state: inout ConsoleState, from before: ConsoleState, clock: WallClock) {}
    /// A few redraws a second keep the staleness count current.
    public func idleMillis(_ state: ConsoleState) -> Int? { 250 }
}
