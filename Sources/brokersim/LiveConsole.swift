import BrokerSimConsole
import BrokerSimRabbitMQ
import BrokerSimSnapshot
import NcursesTerminal

/// The console over a real broker (`brokersim watch URL`) or a recording of one
/// (`brokersim replay FILE`): the same loop and screens as a simulation, drawn from
/// snapshots; only the keys the source can honour are offered.
enum LiveConsole {
    static func open(_ session: LiveSession) throws {
        let poller = LivePoller(client: session.client, intervalMillis: session.intervalMillis)
        poller.start()
        defer { poller.stop() }
        let source = LiveSource(first: session.report.history.latest, intervalMillis: session.intervalMillis,
                                take: { let t = poller.take(); return (t.fresh, t.status) }, keep: session.keep)
        try ConsoleLoop.withSession { _ = ConsoleLoop.run(source, state: ConsoleState(), $0) }
    }

    static func replay(_ snapshots: [Snapshot], file: String) throws {
        try ConsoleLoop.withSession { _ = ConsoleLoop.run(RecordingSource(snapshots), state: ConsoleState(), $0) }
    }
}
