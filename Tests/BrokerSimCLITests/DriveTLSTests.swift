import BrokerSimTestSupport
import Foundation
import Testing

/// `brokersim drive --management rabbitmqs://… --ca-file FILE`: the management API a drive
/// reads beside AMQP is checked like `watch`'s, against a local TLS server answering the
/// queue's statistics; AMQP goes to the real RabbitMQ on 127.0.0.1.
@Suite(.serialized)
struct DriveTLSTests {
    static let scenario = """
        stop: drained
        queues:
          jobs: {}
        workers:
          w: {queue: jobs, count: 2, prefetch: 1, work: 20ms}
        producers:
          p: {to: jobs, backlog: 150}
        """

    @Test("drive --ca-file with a plain HTTP management API exits 2 before touching the broker")
    func caFileNeedsHTTPS() throws {
        let r = try CLI.run(["drive", "password-resets", "--rabbitmq", "amqp://127.0.0.1", "--ca-file", "/tmp/ca.pem", "--headless"])
        #expect(r.status == 2)
        #expect(r.stderr == "brokersim: --ca-file is for an HTTPS management API (--management rabbitmqs://… or https://…), not 'rabbitmq://guest@127.0.0.1:15672/'\n")
    }

    @Test("needs RabbitMQ: drive reads an HTTPS management API only when its authority is trusted (--ca-file); untrusted, the drive goes on and the report says why")
    func managementOverHTTPS() throws { try RabbitMQLock.with { try managementOverHTTPSRun() } }

    func managementOverHTTPSRun() throws {
        guard RabbitMQ.required() else { return }
        let prefix = "bs-tls-\(UUID().uuidString.prefix(6).lowercased())-"
        let queue = Data(#"{"name":"\#(prefix)jobs","vhost":"/","messages_ready":0,"messages_unacknowledged":0}"#.utf8)
        let server = try LocalTLSServer(bodies: ["queues/%2F/\(prefix)jobs": queue])
        defer { server.stop() }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bs-drive-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("jobs.yaml").path
        try Self.scenario.write(toFile: file, atomically: true, encoding: .utf8)
        func drive(_ extra: [String]) throws -> [String: Any] {
            let r = try CLI.run(["drive", file, "--rabbitmq", "amqp://127.0.0.1", "--management", "rabbitmqs://127.0.0.1:\(server.port)",
                                 "--headless", "--format", "json", "--prefix", prefix] + extra)
            #expect(r.status == 0, "\(r.stderr)\n\(r.stdout)")
            let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stderr)\n\(r.stdout)")
            #expect(o["end"] as? String == "drained")
            return try #require(o["management"] as? [String: Any], "\(r.stdout)")
        }
        let trusted = try drive(["--ca-file", server.caFile])
        #expect((trusted["reads"] as? Int ?? 0) > 0, "\(trusted)")
        #expect(trusted["last_error"] is NSNull, "\(trusted)")
        let untrusted = try drive([])
        #expect(untrusted["reads"] as? Int == 0, "\(untrusted)")
        let reason = untrusted["last_error"] as? String ?? ""
        #expect(reason.contains("certificate not trusted"), "\(untrusted)")
    }
}
