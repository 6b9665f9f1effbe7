import ArgumentParser
import BrokerSimRunner
import BrokerSimSnapshot

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Open a recording of `brokersim watch --record` in the console (with seek), or report on it headless."
    )

    @Argument(help: "A recording: one snapshot per line, as `brokersim watch URL --record FILE` writes.")
    var file: String

    @Flag(help: "No terminal UI: print the report of the recorded period.")
    var headless = false

    @Option(help: "Headless report format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Headless: an expectation on the report; repeatable.")
    var expect: [String] = []

    func validate() throws {
        if !headless && (!expect.isEmpty || format != .text) {
            throw ValidationError("--expect and --format are for --headless replays")
        }
    }

    func run() throws {
        let snapshots: [Snapshot]
        switch SnapshotRecording.read(path: file) {
        case .success(let s): snapshots = s
        case .failure(let e): throw LiveSession.fail(e.message)
        }
        if headless {
            let expectations = try LiveSession.expectations(expect)
            var report = WatchReport(url: file)
            for s in snapshots { report.add(s) }
            try LiveSession.finish(report, expectations: expectations, format: format)
            return
        }
        try LiveConsole.replay(snapshots, file: file)
    }
}
