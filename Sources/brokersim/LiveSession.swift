import ArgumentParser
import BrokerSimRabbitMQ
import BrokerSimRunner
import BrokerSimScenario
import BrokerSimSnapshot
import Foundation

/// A broker being watched: its client, the first read (made before anything is shown, so a
/// bad URL, a wrong password or an unreachable host exit 2 at once) and the recording.
struct LiveSession {
    let client: ManagementClient
    let intervalMillis: Int64
    let recorder: SnapshotRecorder?
    var report: WatchReport

    static func fail(_ message: String) -> ExitCode {
        Output.err("brokersim: \(message)\n")
        return ExitCode(Exit.invalid)
    }

    static func open(url: String, passwordFile: String?, intervalMillis: Int64, record: String?,
                     caFile: String? = nil) throws -> LiveSession {
        let endpoint: ManagementEndpoint
        switch ManagementEndpoint.parse(url) {
        case .success(let e): endpoint = e
        case .failure(let e): throw fail(e.message)
        }
        if caFile != nil && !endpoint.https { throw fail("--ca-file is for HTTPS URLs (rabbitmqs:// or https://), not '\(url)'") }
        let credentials: Credentials
        switch Credentials.resolve(for: endpoint, passwordFile: passwordFile) {
        case .success(let c): credentials = c
        case .failure(let e): throw fail(e.message)
        }
        let client = ManagementClient(endpoint: endpoint,
                                      fetcher: managementFetcher(endpoint: endpoint, credentials: credentials, caFile: caFile))
        let first: Snapshot
        do { first = try client.read() } catch { throw fail("cannot watch \(endpoint.display): \(error.message)") }
        var recorder: SnapshotRecorder?
        if let record {
            guard let r = SnapshotRecorder(path: record) else { throw fail("cannot write the recording '\(record)'") }
            recorder = r
        }
        var report = WatchReport(url: endpoint.display)
        report.add(first)
        let session = LiveSession(client: client, intervalMillis: intervalMillis, recorder: recorder, report: report)
        session.keep(first)
        return session
    }

    func keep(_ s: Snapshot) {
        if let recorder, !recorder.append(s) { Output.failure = "cannot write the recording: the disk may be full" }
    }

    /// Reads every interval until `forMillis` have passed since the first read; failed reads
    /// are counted and retried at the next interval.
    func watch(forMillis: Int64, into report: inout WatchReport) {
        let start = DispatchTime.now().uptimeNanoseconds
        var k: UInt64 = 1
        while true {
            let due = start + k * UInt64(intervalMillis) * 1_000_000
            if due > start + UInt64(forMillis) * 1_000_000 { break }
            let now = DispatchTime.now().uptimeNanoseconds
            if due > now { Thread.sleep(forTimeInterval: Double(due - now) / 1e9) }
            do {
                let s = try client.read()
                report.add(s)
                keep(s)
            } catch {
                report.failed(error.message)
            }
            k += 1
        }
    }

    static func expectations(_ texts: [String]) throws -> [Expectation] {
        try texts.map { text in
            switch Expectation.parse(text) {
            case .failure(let e): throw fail("--expect: \(e.message)")
            case .success(var e):
                switch WatchReportSchema.resolve(e.path, e.text) {
                case .success(let path): e.path = path
                case .failure(let problem): throw fail("--expect: \(problem.message)")
                }
                return e
            }
        }
    }

    /// Prints the report; exit 1 when an expectation failed.
    static func finish(_ report: WatchReport, expectations: [Expectation], format: ReportFormat) throws {
        let json = report.json
        let results = expectations.map { ExpectationResult($0, report: json) }
        switch format {
        case .json:
            var fields: [(String, JSONValue)] = []
            if case .object(let f) = json { fields = f }
            fields.append(("expectations", .array(results.map(\.reportJSON))))
            JSONValue.object(fields).serialized { Output.out($0) }
            Output.out("\n")
        case .text:
            Output.out(report.text(expectations: results))
        }
        if !results.allSatisfy(\.passed) { throw ExitCode(Exit.expectationFailed) }
    }
}
