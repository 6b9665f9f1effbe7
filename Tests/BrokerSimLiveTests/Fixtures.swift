import BrokerSimRabbitMQ
import BrokerSimSnapshot
import Foundation

/// Management API responses recorded from a real RabbitMQ 3.10.8 (Fixtures/rabbitmq-3.10/record.sh).
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rabbitmq-3.10")
    static let endpoints = ["overview", "queues", "consumers", "channels", "connections", "nodes"]
    static let local = ManagementEndpoint(https: false, host: "127.0.0.1", port: 15672, user: "guest", vhost: nil)

    static func bodies(_ state: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for e in endpoints { out[e] = try Data(contentsOf: folder.appendingPathComponent("\(state)/\(e).json")) }
        return out
    }

    /// The recorded state as a snapshot read at `readAt` ms.
    static func snapshot(_ state: String, at readAt: Int64) throws -> Snapshot {
        try ManagementClient.map(bodies(state), endpoint: local, readAt: readAt)
    }

    /// The same without the broker's own rates, as from a broker whose statistics give none.
    static func withoutRates(_ s: Snapshot) -> Snapshot {
        var s = s
        for i in s.queues.indices {
            s.queues[i].publishRate = nil; s.queues[i].outRate = nil; s.queues[i].redeliverRate = nil
        }
        for i in s.consumers.indices { s.consumers[i].ackRate = nil }
        return s
    }
}

/// Serves recorded bodies by API path, counting the paths asked for.
final class FixtureFetcher: HTTPFetcher, @unchecked Sendable {
    let bodies: [String: Data]
    var failure: ReadError?
    init(_ bodies: [String: Data]) { self.bodies = bodies }
    func get(_ path: String) throws(ReadError) -> Data {
        if let failure { throw failure }
        let name = Fixtures.endpoints.first { path.hasSuffix("/" + $0) || path.contains("/\($0)/") } ?? ""
        guard let body = bodies[name] else { throw ReadError(.badResponse, "404 on \(path)") }
        return body
    }
}

extension Fixtures {
    /// The four recorded states as one recording, 0, 10, 16 and 24 s after 2026-11-28 18:00:00 UTC.
    static let recordingStart: Int64 = 1_795_888_800_000
    static func recordingLines() throws -> String {
        let states = [("busy-1", 0), ("busy-2", 10_000), ("consumer-gone", 16_000), ("memory-alarm", 24_000)]
        return try states.map { SnapshotRecording.line(try snapshot($0.0, at: recordingStart + Int64($0.1))) }.joined()
    }
    static let recording = folder.appendingPathComponent("recording.jsonl")
}
