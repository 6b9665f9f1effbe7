import BrokerSimTestSupport
import Foundation
import Testing

/// `brokersim watch https://…` against a local TLS server serving management API answers
/// recorded from RabbitMQ 3.10: the certificate is checked, and trusting a CA of one's own is
/// `--ca-file` (or OpenSSL's `SSL_CERT_FILE`).
@Suite(.serialized)
struct WatchTLSTests {
    static func recorded() throws -> [String: Data] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../BrokerSimLiveTests/Fixtures/rabbitmq-3.10/busy-1")
        var out: [String: Data] = [:]
        for e in ["overview", "queues", "consumers", "channels", "connections", "nodes"] {
            out[e] = try Data(contentsOf: folder.appendingPathComponent("\(e).json"))
        }
        return out
    }

    static func queues(_ r: CLIResult) -> [String] {
        let o = try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return ((o?["queues"] as? [String: Any]) ?? [:]).keys.sorted()
    }

    @Test("watch https:// of a broker whose certificate no trusted authority signed exits 2 with one line naming the certificate")
    func untrusted() throws {
        let server = try LocalTLSServer(bodies: Self.recorded())
        defer { server.stop() }
        let r = try CLI.run(["watch", "https://127.0.0.1:\(server.port)", "--headless", "--for", "1s", "--format", "json"])
        #expect(r.status == 2)
        #expect(r.stderr == "brokersim: cannot watch rabbitmqs://guest@127.0.0.1:\(server.port)/: certificate not trusted: unable to get local issuer certificate\n")
        #expect(r.stdout.isEmpty)
    }

    @Test("watch https:// with --ca-file, or SSL_CERT_FILE, naming the broker's authority reads it over HTTPS")
    func trusted() throws {
        let server = try LocalTLSServer(bodies: Self.recorded())
        defer { server.stop() }
        let url = "rabbitmqs://127.0.0.1:\(server.port)"
        let viaOption = try CLI.run(["watch", url, "--ca-file", server.caFile, "--headless", "--for", "1s", "--interval", "500ms",
                                     "--format", "json"])
        #expect(viaOption.status == 0, "\(viaOption.stderr)")
        #expect(Self.queues(viaOption) == ["emails", "emails.dead", "events", "orders"], "\(viaOption.stdout)")
        let viaEnvironment = try CLI.run(["watch", url, "--headless", "--for", "1s", "--format", "json"],
                                         env: ["SSL_CERT_FILE": server.caFile])
        #expect(viaEnvironment.status == 0, "\(viaEnvironment.stderr)")
        #expect(Self.queues(viaEnvironment) == ["emails", "emails.dead", "events", "orders"])
    }

    @Test("--ca-file with a plain HTTP URL, or a CA file that cannot be read, exits 2 saying so")
    func misused() throws {
        let plain = try CLI.run(["watch", "rabbitmq://127.0.0.1:1", "--ca-file", "/tmp/ca.pem", "--headless", "--for", "1s"])
        #expect(plain.status == 2)
        #expect(plain.stderr == "brokersim: --ca-file is for HTTPS URLs (rabbitmqs:// or https://), not 'rabbitmq://127.0.0.1:1'\n")
        let missing = try CLI.run(["watch", "rabbitmqs://127.0.0.1:1", "--ca-file", "/nonexistent/ca.pem", "--headless", "--for", "1s"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "brokersim: cannot watch rabbitmqs://guest@127.0.0.1:1/: cannot read CA certificates from '/nonexistent/ca.pem'\n")
    }
}
