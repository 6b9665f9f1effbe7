import Foundation
import Testing

@Suite("Sync calls on the command line", .serialized)
struct SyncCLITests {
    static func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test("sync-trap: the sync checkout times out and fails; the async one publishes everything and the queue acks it all")
    func syncTrap() throws {
        let r = try CLI.run(["run", "sync-trap", "--headless", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let variants = try #require(try Self.object(r.stdout)["variants"] as? [String: Any])
        let sync = try #require(variants["sync"] as? [String: Any])
        let async = try #require(variants["async"] as? [String: Any])

        let caller = try #require((sync["producers"] as? [String: Any])?["checkout"] as? [String: Any])
        let sent = try #require(caller["sent"] as? Int)
        let ok = try #require(caller["ok"] as? Int), failed = try #require(caller["failed"] as? Int)
        let timedOut = try #require(caller["timed_out"] as? Int)
        #expect(timedOut > 0 && failed > 0)
        #expect(ok + failed + timedOut == sent)
        #expect(caller["published"] is NSNull) // a caller publishes nothing
        let service = try #require((sync["services"] as? [String: Any])?["email-api"] as? [String: Any])
        #expect(service["calls"] as? Int == sent)
        #expect((service["latency_p99"] as? Double ?? 0) > 2) // the service's own latency goes past the caller's timeout

        let publisher = try #require((async["producers"] as? [String: Any])?["checkout"] as? [String: Any])
        #expect(publisher["published"] as? Int == publisher["sent"] as? Int)
        #expect(publisher["ok"] is NSNull)
        // Same seed, same load: the async checkout sent exactly the orders the sync one did.
        #expect(publisher["sent"] as? Int == sent)
        let emails = try #require((async["queues"] as? [String: Any])?["emails"] as? [String: Any])
        #expect(emails["acked"] as? Int == sent)

        let transcript = try #require(sync["transcript"] as? [[String: Any]])
        #expect(transcript.map { $0["at"] as? Double } == [0, 20, 28, 40, 70, 90])
        #expect(transcript.allSatisfy { $0["kind"] as? String == "say" })
    }

    @Test("services and callers in the text report; same seed, same JSON")
    func textAndDeterminism() throws {
        let f = try CLI.file("s.yaml", """
        title: a slow email service
        stop: drained
        services: {email-api: {count: 2, work: exp(300ms), concurrency: 2}}
        producers: {checkout: {call: email-api, timeout: 1s, rate: 10/s}}
        timeline:
          - {at: 5s, slow: email-api, factor: 4}
          - {at: 10s, crash: email-api-1}
          - {at: 15s, rate: checkout, to: 0/s}
        expect: [services.email-api.timed_out > 0, producers.checkout.failed > 0]
        """)
        let text = try CLI.run(["run", f.path, "--headless"])
        #expect(text.status == 0, "\(text.stdout)")
        #expect(text.stdout.contains("services     calls"))
        #expect(text.stdout.contains("  email-api"))
        #expect(text.stdout.contains("timed out"))
        let a = try CLI.run(["run", f.path, "--headless", "--format", "json"])
        let b = try CLI.run(["run", f.path, "--headless", "--format", "json"])
        #expect(CLI.stable(a.stdout) == CLI.stable(b.stdout))
        let service = try #require((try Self.object(a.stdout)["services"] as? [String: Any])?["email-api"] as? [String: Any])
        #expect(service.keys.sorted() == ["calls", "failed", "in_flight", "late", "latency_p50", "latency_p99", "ok",
                                          "refused", "timed_out"])
        // SPEC order in the printed object.
        let order = ["\"calls\"", "\"ok\"", "\"failed\"", "\"timed_out\"", "\"latency_p50\"", "\"latency_p99\""]
            .compactMap { a.stdout.range(of: $0)?.lowerBound }
        #expect(order.count == 6 && order == order.sorted())
    }
}
