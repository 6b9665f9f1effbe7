import BrokerSimTestSupport
import Foundation
import Testing

/// `brokersim watch` against the real RabbitMQ that .ci/run starts.
@Suite("watch a real RabbitMQ (needs RabbitMQ on 127.0.0.1)", .serialized)
struct WatchRabbitMQTests {
    @Test("needs RabbitMQ: headless watch counts messages published during it and checks expectations")
    func headlessWatchWithTraffic() throws { try RabbitMQLock.with { try headlessWatch() } }

    func headlessWatch() throws {
        guard RabbitMQ.required() else { return }
        let q = "bs-watch-\(UUID().uuidString.prefix(8).lowercased())"
        try RabbitMQ.declare(q, maxLength: 500)
        defer { _ = try? RabbitMQ.call("DELETE", "/queues/%2F/\(q)") }
        try RabbitMQ.publish(q, count: 30)
        // The watch's first read is the base its `published` counts from: it must already count
        // these 30, and the broker's statistics lag up to collect_statistics_interval (5 s).
        #expect(RabbitMQ.waitCounted(q, ready: 30, published: 30))
        let record = FileManager.default.temporaryDirectory.appendingPathComponent("\(q).jsonl")
        defer { try? FileManager.default.removeItem(at: record) }
        // 20 more once the watch has made its first read (the recording's first line), so the
        // report counts exactly those however slowly the watch starts. The statistics are 5 s
        // behind on a quiet broker, but a CI run starves the broker of CPU: one fresh-clone run
        // saw the 20 in the queue's depth and still not in its publish count 14 s later, so the
        // watch lasts 40 s (its in_rate is the average over the watch, so it stays above 0).
        let published = DispatchSemaphore(value: 0)
        let traffic = Thread {
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline, (try? Data(contentsOf: record))?.contains(UInt8(ascii: "\n")) != true {
                Thread.sleep(forTimeInterval: 0.05)
            }
            try? RabbitMQ.publish(q, count: 20)
            published.signal()
        }
        traffic.start()
        let r = try CLI.run(["watch", "rabbitmq://127.0.0.1/", "--headless", "--for", "40s", "--interval", "1s",
                             "--format", "json", "--record", record.path,
                             "--expect", "queues.\(q).ready == 50", "--expect", "queues.\(q).published == 20",
                             "--expect", "queues.\(q).in_rate > 0"])
        #expect(published.wait(timeout: .now() + 45) == .success, "the 20 were not published during the watch")
        #expect(r.status == 0, "\(r.stderr)\n\(r.stdout)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let queue = try #require((o["queues"] as? [String: Any])?[q] as? [String: Any])
        #expect(queue["max_length"] as? Int == 500 && queue["type"] as? String == "classic")
        #expect((o["reads"] as? Int ?? 0) >= 10 && o["failed_reads"] as? Int == 0)
        // The recording replays to the same end state.
        let lines = try String(contentsOf: record, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == o["reads"] as? Int)
        let replay = try CLI.run(["replay", record.path, "--headless", "--expect", "queues.\(q).ready == 50"])
        #expect(replay.status == 0 && replay.stdout.contains("  ok   queues.\(q).ready == 50   actual: 50"))
        // The same watch with an expectation that does not hold: exit 1.
        let failing = try CLI.run(["watch", "rabbitmq://127.0.0.1", "--headless", "--for", "1s", "--interval", "1s",
                                   "--expect", "queues.\(q).ready < 10"])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("  FAIL queues.\(q).ready < 10   actual: 50\n"))
    }

    @Test("needs RabbitMQ: a wrong password is refused at start with exit 2 and is never printed")
    func wrongPassword() throws { try RabbitMQLock.with { try refusedLogin() } }

    func refusedLogin() throws {
        guard RabbitMQ.required() else { return }
        let r = try CLI.run(["watch", "rabbitmq://127.0.0.1", "--headless", "--for", "1s"],
                            env: ["BROKERSIM_RABBITMQ_PASSWORD": "not-the-password-7f3a"])
        #expect(r.status == 2)
        #expect(r.stderr == "brokersim: cannot watch rabbitmq://guest@127.0.0.1:15672/: 401 unauthorized: wrong user or password\n")
        #expect(!(r.stdout + r.stderr).contains("7f3a"))
        let file = try CLI.file("pw", "not-the-password-7f3a\n")
        let fromFile = try CLI.run(["watch", "rabbitmq://127.0.0.1", "--headless", "--for", "1s", "--password-file", file.path])
        #expect(fromFile.status == 2 && fromFile.stderr.contains("401 unauthorized"))
    }
}
