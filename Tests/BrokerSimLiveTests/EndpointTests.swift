import BrokerSimRabbitMQ
import BrokerSimSnapshot
import Testing

@Suite("rabbitmq:// URLs, credentials, backoff and staleness")
struct EndpointTests {
    func parse(_ s: String) -> ManagementEndpoint? { try? ManagementEndpoint.parse(s).get() }
    func problem(_ s: String) -> String? {
        if case .failure(let e) = ManagementEndpoint.parse(s) { return e.message }
        return nil
    }

    @Test func defaultsArePlainHTTPOn15672AsGuestOverEveryVhost() throws {
        let e = try #require(parse("rabbitmq://localhost"))
        #expect(e.baseURL == "http://localhost:15672" && e.user == "guest" && e.vhost == nil)
        let s = try #require(parse("rabbitmqs://ops@mq.example.com/orders%2Feu"))
        #expect(s.baseURL == "https://mq.example.com:15671" && s.user == "ops" && s.vhost == "orders/eu")
        #expect(parse("rabbitmq://127.0.0.1:15999/")?.port == 15999)
        #expect(parse("rabbitmq://[::1]:15672")?.baseURL == "http://[::1]:15672")
    }

    @Test func badURLsAreRefusedWithTheReason() {
        #expect(problem("amqp://localhost") == "'amqp://localhost' is not a RabbitMQ URL: expected rabbitmq://[USER@]HOST[:PORT][/VHOST] (or rabbitmqs:// for HTTPS)")
        #expect(problem("rabbitmq://guest:secret@localhost") == "a password is never given in the URL (it would show in the process list): set BROKERSIM_RABBITMQ_PASSWORD or use --password-file")
        #expect(problem("rabbitmq://localhost:99999") == "bad port in 'rabbitmq://localhost:99999': expected a number from 1 to 65535")
        #expect(problem("rabbitmq://") == "no host in 'rabbitmq://'")
    }

    @Test func guestGetsItsDefaultPasswordOnlyOnThisMachine() throws {
        let local = try #require(parse("rabbitmq://127.0.0.1"))
        #expect((try? Credentials.resolve(for: local, passwordFile: nil, environment: [:]).get())?.user == "guest")
        let remote = try #require(parse("rabbitmq://mq.example.com"))
        guard case .failure(let e) = Credentials.resolve(for: remote, passwordFile: nil, environment: [:]) else {
            Issue.record("guest/guest offered to a remote broker"); return
        }
        #expect(e.message == "no password for guest@mq.example.com: set BROKERSIM_RABBITMQ_PASSWORD or use --password-file FILE (guest/guest is only for localhost)")
        let fromEnv = Credentials.resolve(for: remote, passwordFile: nil, environment: ["BROKERSIM_RABBITMQ_PASSWORD": "s3cret"])
        #expect((try? fromEnv.get()) != nil)
        guard case .failure(let missing) = Credentials.resolve(for: remote, passwordFile: "/nonexistent/pw", environment: [:]) else {
            Issue.record("a missing password file accepted"); return
        }
        #expect(missing.message == "cannot read the password file '/nonexistent/pw'")
    }

    @Test func failedReadsBackOffFromOneSecondUpToTheInterval() {
        #expect((0...5).map { LivePoller.delay(afterFailures: $0, intervalMillis: 5_000) } == [5_000, 1_000, 2_000, 4_000, 5_000, 5_000])
        #expect(LivePoller.delay(afterFailures: 50, intervalMillis: 30_000) == 30_000)
    }

    @Test func valuesAreStaleAfterAFailedReadOrTwoMissedIntervals() {
        var s = ReadStatus(lastRead: 100_000, intervalMillis: 5_000)
        #expect(s.staleText(now: 105_000) == nil)
        #expect(s.staleText(now: 112_000) == "stale 12 s: no answer yet")
        s.lastError = "connection refused"
        #expect(s.staleText(now: 112_000) == "stale 12 s: connection refused")
        #expect(ReadStatus(lastError: "timed out", intervalMillis: 5_000).staleText(now: 0) == "no data: timed out")
    }
}
