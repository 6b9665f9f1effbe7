import ArgumentParser
import BrokerSimRabbitMQ
import BrokerSimScenario
import BrokerSimSnapshot
import Foundation

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch a real RabbitMQ through its management API, in the console or headless.",
        discussion: """
        URL: rabbitmq://[USER@]HOST[:PORT][/VHOST] (HTTP, port 15672), rabbitmqs:// for HTTPS (port 15671).
        The password comes from BROKERSIM_RABBITMQ_PASSWORD or --password-file, never the command line;
        user guest on localhost needs neither. HTTPS checks the broker's certificate against the system's
        authorities, or those in --ca-file; there is no way to skip the check.
        """
    )

    @Argument(help: "The broker: rabbitmq://[USER@]HOST[:PORT][/VHOST].")
    var url: String

    @Option(help: "Time between reads (e.g. 5s, 1s, 500ms).")
    var interval = "5s"

    @Option(help: "A file holding the password (one trailing newline is dropped).")
    var passwordFile: String?

    @Option(help: "HTTPS: trust the certificate authorities in FILE (PEM) instead of the system's.")
    var caFile: String?

    @Option(help: "Append every snapshot read to FILE as a JSON line (`brokersim replay FILE` opens it).")
    var record: String?

    @Flag(help: "No terminal UI: watch for --for, then print the report.")
    var headless = false

    @Option(name: .customLong("for"), help: "Headless: how long to watch (e.g. 60s, 10m).")
    var duration: String?

    @Option(help: "Headless report format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Headless: an expectation on the report (e.g. 'queues.emails.ready < 1000'); repeatable.")
    var expect: [String] = []

    func validate() throws {
        guard let ms = Self.millis(interval), ms >= 100 else {
            throw ValidationError("--interval takes a duration of at least 100ms, such as 5s or 1s, not '\(interval)'")
        }
        if headless {
            guard let duration else { throw ValidationError("--headless needs --for DURATION (e.g. --for 60s)") }
            guard Self.millis(duration) != nil else { throw ValidationError("--for takes a duration such as 60s or 10m, not '\(duration)'") }
        } else if duration != nil || !expect.isEmpty || format != .text {
            throw ValidationError("--for, --expect and --format are for --headless watching")
        }
    }

    static func millis(_ text: String) -> Int64? {
        (try? UnitParser.duration(text)).map { $0.micros / 1000 }
    }

    func run() throws {
        let session = try LiveSession.open(url: url, passwordFile: passwordFile, intervalMillis: Self.millis(interval)!,
                                           record: record, caFile: caFile)
        if headless {
            let expectations = try LiveSession.expectations(expect)
            var report = session.report
            session.watch(forMillis: Self.millis(duration!)!, into: &report)
            try LiveSession.finish(report, expectations: expectations, format: format)
            return
        }
        try LiveConsole.open(session)
    }
}
