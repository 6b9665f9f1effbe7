import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimDrive
import BrokerSimRunner
import BrokerSimScenario
import BrokerSimSnapshot

/// The console's source while a scenario is driven against a real broker: two panes on one
/// clock, the scenario's simulation and the measured broker. The clock is the driver's (scenario
/// time), handed over with each reading; the simulation is advanced to it within the frame's
/// budget. The measured pane is drawn from snapshots of the driver's counters, by the code
/// that draws a watched broker.
final class DriveSource: ReadingSource {
    let scenario: Scenario
    let label: String
    var playback: Playback
    var history = SnapshotHistory()
    /// The newest reading not yet drawn, and the scenario time of the newest one drawn.
    var pending: DriveReading?
    var lastRecorded: Double = -1
    var finished = false

    /// Scenario milliseconds between two snapshots of the measured pane: rates come from the
    /// change between snapshots (at the driver's 50 ms they would be noise), and the history
    /// keeps the newest `SnapshotHistory.capacity`, which should cover the whole run.
    let recordEveryMillis: Double

    /// - Parameter expectedSeconds: the simulated run's length, which the real one is near.
    init(_ scenario: Scenario, run: RunPlan.Run, login: AMQPLogin, expectedSeconds: Double) {
        self.scenario = scenario
        recordEveryMillis = max(250, expectedSeconds * 1000 * 1.5 / Double(SnapshotHistory.capacity))
        label = "measured · \(login.display)"
        playback = Playback(world: World(config: run.config), end: run.end, stopWhenDrained: run.stopWhenDrained,
                            interval: History.interval(forRunLength: run.length))
    }

    /// A reading from the driver's tick; `final` once the run ended.
    func take(_ reading: DriveReading, final: Bool) {
        pending = reading
        if final { finished = true }
    }

    var capabilities: SourceCapabilities { .live }
    var refusal: String { "The real broker runs in wall-clock time: that key is for simulations (brokersim run)" }

    func start(_ state: inout ConsoleState, clock: WallClock) { playback.advance(to: .zero) }

    func tick(_ state: inout ConsoleState, clock: WallClock, deadline: Int64) {
        guard let r = pending else { return }
        let done = playback.advance(to: .zero + .seconds(r.seconds), keepGoing: { clock.now < deadline })
        if done { pending = nil }
        let ms = r.seconds * 1000
        if finished || lastRecorded < 0 || ms - lastRecorded >= recordEveryMillis {
            history.record(r.snapshot(source: label))
            lastRecorded = ms
        }
    }

    func frames(_ state: ConsoleState) -> [Frame] {
        let sim = Frame(world: playback.world, history: playback.history, title: scenario.title, about: scenario.about,
                        variant: "simulation", finished: playback.finished || finished)
        var measured = Frame(history: history, status: nil, now: history.latest?.readAt ?? 0)
        measured.variant = label
        // The driver's clock, not the time since the oldest snapshot kept.
        if let last = history.latest { measured.now = SimTime(micros: last.readAt * 1000) }
        measured.finished = finished
        return [sim, measured]
    }

    func perform(_ effect: ConsoleEffect, _ state: inout ConsoleState, frames: [Frame], clock: WallClock) {}
    func settle(_ state: inout ConsoleState, from before: ConsoleState, clock: WallClock) {}
    func idleMillis(_ state: ConsoleState) -> Int? { finished && pending == nil ? 250 : nil }
}
