import BrokerSimRabbitMQ
import BrokerSimSnapshot
import BrokerSimTestSupport
import Foundation
import Testing

/// HTTPS to the management API with the certificate checked, against a local TLS server that
/// serves answers recorded from RabbitMQ 3.10.
@Suite(.serialized)
struct TLSFetcherTests {
    static func client(port: Int, host: String = "127.0.0.1", caFile: String?) -> ManagementClient {
        let endpoint = ManagementEndpoint(https: true, host: host, port: port, user: "guest", vhost: nil)
        // guest on this machine: no password needed.
        let guest = try! Credentials.resolve(for: endpoint, passwordFile: nil, environment: [:]).get()
        return ManagementClient(endpoint: endpoint, fetcher: managementFetcher(endpoint: endpoint, credentials: guest, caFile: caFile))
    }

    static func client(_ server: LocalTLSServer, host: String = "127.0.0.1", caFile: String?) -> ManagementClient {
        client(port: server.port, host: host, caFile: caFile)
    }

    static func reason(_ client: ManagementClient) -> String? {
        do { _ = try client.read(); return nil } catch { return error.message }
    }

    @Test("a certificate no trusted authority signed is refused, and the reason names the certificate")
    func untrusted() throws {
        let server = try LocalTLSServer(bodies: Fixtures.bodies("busy-1"))
        defer { server.stop() }
        #expect(Self.reason(Self.client(server, caFile: nil)) == "certificate not trusted: unable to get local issuer certificate")
    }

    @Test("with its authority trusted (--ca-file), the recorded API is read over HTTPS, by address or by name")
    func trusted() throws {
        let server = try LocalTLSServer(bodies: Fixtures.bodies("busy-1"))
        defer { server.stop() }
        let expected = try Fixtures.snapshot("busy-1", at: 0)
        for host in ["127.0.0.1", "localhost"] {
            let s = try Self.client(server, host: host, caFile: server.caFile).read()
            #expect(s.queues.map(\.name) == ["emails", "emails.dead", "events", "orders"])
            #expect(s.queues.map(\.ready) == expected.queues.map(\.ready))
            #expect(s.consumers.count == expected.consumers.count)
        }
    }

    @Test("a trusted certificate for another name is refused: the URL's address must be in it")
    func otherName() throws {
        let server = try LocalTLSServer(bodies: Fixtures.bodies("busy-1"), subjectAltName: "DNS:broker.example")
        defer { server.stop() }
        #expect(Self.reason(Self.client(server, caFile: server.caFile)) == "certificate not trusted: IP address mismatch")
        #expect(Self.reason(Self.client(server, host: "localhost", caFile: server.caFile)) == "certificate not trusted: hostname mismatch")
    }

    @Test("a CA file that cannot be read, and a closed port, are said as such")
    func badCAFileAndClosedPort() throws {
        let server = try LocalTLSServer(bodies: Fixtures.bodies("busy-1"))
        let port = server.port
        #expect(Self.reason(Self.client(server, caFile: "/nonexistent/ca.pem")) == "cannot read CA certificates from '/nonexistent/ca.pem'")
        server.stop()
        #expect(Self.reason(Self.client(port: port, caFile: nil)) == "connection refused")
    }
}
