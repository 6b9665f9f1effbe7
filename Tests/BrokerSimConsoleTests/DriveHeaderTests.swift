import BrokerSimConsole
import BrokerSimSnapshot
import Testing

/// `drive` puts a simulation beside the broker it measures: the header must not call
/// them variants of the scenario, while real variants keep their count.
@Suite("The header of panes on one clock")
struct DriveHeaderTests {
    static let size = GridSize(width: 160, height: 30)

    func header(_ frames: [Frame]) -> String {
        String(ConsoleView.render(state: ConsoleState(), frames: frames, size: Self.size, glyphs: .unicode)
            .grid.text.split(separator: "\n").first ?? "")
    }

    @Test func aSimulationBesideAMeasuredBrokerIsSaidSo() throws {
        let snapshots = try SnapshotRecording.read(path: LiveScreenTests.recording).get()
        var history = SnapshotHistory()
        for s in snapshots { history.record(s) }
        var measured = Frame(history: history, status: nil, now: snapshots.last!.readAt)
        measured.variant = "measured"
        let line = header([Frame(title: "emails", variant: "simulation"), measured])
        #expect(line.contains("simulated vs measured"))
        #expect(!line.contains("variants"))
    }

    @Test func variantsOfAScenarioAreCounted() {
        let line = header([Frame(title: "emails", variant: "a"), Frame(title: "emails", variant: "b")])
        #expect(line.contains("2 variants"))
    }
}
