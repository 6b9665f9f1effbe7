import BrokerSimTestSupport
import Foundation
import Testing

/// `brokersim drive` against the real RabbitMQ that .ci/run starts (AMQP on 127.0.0.1:5672).
@Suite("drive a scenario against a real RabbitMQ (needs RabbitMQ on 127.0.0.1)", .serialized)
struct DriveRabbitMQTests {
    static func json(_ r: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stderr)\n\(r.stdout)")
    }

    static func int(_ o: [String: Any], _ path: String...) -> Int? {
        var v: Any? = o
        for k in path { v = (v as? [String: Any])?[k] }
        return v as? Int
    }

    @Test("needs RabbitMQ: drive password-resets (speed 5, mailer-3 crashes) loses nothing and redelivers what the simulation does; watch sees it with non-zero rates")
    func passwordResets() throws { try RabbitMQLock.with { try passwordResetsRun() } }

    func passwordResetsRun() throws {
        guard RabbitMQ.required() else { return }
        let prefix = "bs-drive-\(UUID().uuidString.prefix(6).lowercased())-"
        // The watch runs beside the drive (about 22 s at speed 5) and ends while it still runs:
        // it starts once the broker's statistics (up to 5 s behind) show mailer-3's email
        // redelivered, so the crash is behind it (the 4 survivors consume) however slowly
        // either process starts, and its 8 s end well before the drive does.
        nonisolated(unsafe) var watch: CLIResult?
        let watcher = Thread {
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline,
                  ((RabbitMQ.queue("\(prefix)emails")?["message_stats"] as? [String: Any])?["redeliver"] as? Int ?? 0) < 1 {
                Thread.sleep(forTimeInterval: 0.2)
            }
            watch = try? CLI.run(["watch", "rabbitmq://127.0.0.1", "--headless", "--for", "8s", "--interval", "1s",
                                  "--format", "json"])
        }
        watcher.start()
        let r = try CLI.run(["drive", "password-resets", "--rabbitmq", "amqp://127.0.0.1", "--headless", "--speed", "5",
                             "--format", "json", "--prefix", prefix])
        while watcher.isExecuting || watch == nil && !watcher.isFinished { Thread.sleep(forTimeInterval: 0.2) }
        #expect(r.status == 0, "\(r.stderr)\n\(r.stdout)")
        let o = try Self.json(r)
        #expect(o["end"] as? String == "drained")
        #expect(Self.int(o, "measured", "queues", "emails", "lost") == 0)
        #expect(Self.int(o, "measured", "queues", "emails", "acked") == 10000)
        let simulated = try #require(Self.int(o, "simulated", "queues", "emails", "redelivered"))
        #expect(simulated == 1)
        #expect(Self.int(o, "measured", "queues", "emails", "redelivered") == simulated)
        #expect(Self.int(o, "measured", "workers", "mailer-3", "crashes") == 1)
        let checks = try #require((o["measured"] as? [String: Any])?["expectations"] as? [[String: Any]])
        #expect(checks.count == 5 && checks.allSatisfy { $0["passed"] as? Bool == true })
        // Everything declared is gone.
        #expect((try RabbitMQ.call("GET", "/queues/%2F/\(prefix)emails")).status != 0)
        // What watch saw while the drive ran.
        let w = try #require(watch)
        #expect(w.status == 0, "\(w.stderr)")
        let wo = try Self.json(w)
        let queue = try #require((wo["queues"] as? [String: Any])?["\(prefix)emails"] as? [String: Any], "\(w.stdout)")
        #expect((queue["out_rate"] as? Double ?? 0) > 0, "\(queue)")
        let consumers = (wo["consumers"] as? [String: [String: Any]] ?? [:]).values.filter { $0["queue"] as? String == "\(prefix)emails" }
        #expect(consumers.filter { $0["gone"] as? Bool == false }.count == 4, "\(consumers)")
        #expect(consumers.contains { ($0["acked"] as? Int ?? 0) > 0 }, "\(consumers)")
    }

    @Test("needs RabbitMQ: drive fair-dispatch gives the simulation's per-worker shares: 200 each unlimited, the slow one little with prefetch 1")
    func fairDispatch() throws { try RabbitMQLock.with { try fairDispatchRun() } }

    func fairDispatchRun() throws {
        guard RabbitMQ.required() else { return }
        let r = try CLI.run(["drive", "fair-dispatch", "--variant", "unlimited", "--rabbitmq", "amqp://127.0.0.1", "--headless",
                             "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)\n\(r.stdout)")
        let unlimited = try Self.json(r)
        for w in ["fast-1", "fast-2", "fast-3", "fast-4", "slow-1"] {
            #expect(Self.int(unlimited, "measured", "workers", w, "processed") == 200, "\(w)")
        }
        // Work times of 2 ms are at the mercy of the scheduler on a loaded machine: slowed down
        // twenty times (40 ms and 400 ms), the shares are the broker's, not the machine's.
        let p = try CLI.run(["drive", "fair-dispatch", "--variant", "prefetch-1", "--speed", "0.05", "--rabbitmq", "amqp://127.0.0.1",
                             "--headless", "--format", "json"])
        #expect(p.status == 0, "\(p.stderr)\n\(p.stdout)")
        let p1 = try Self.json(p)
        let slow = try #require(Self.int(p1, "measured", "workers", "slow-1", "processed"))
        #expect((20...40).contains(slow))
        let rows = try #require(p1["comparison"] as? [[String: Any]])
        #expect(rows.first?["name"] as? String == "drain time")
        #expect(rows.contains { $0["name"] as? String == "slow-1 processed" && $0["measured_share"] is Double })
    }

    @Test("needs RabbitMQ: a wrong password or a closed port exits 2 with a one-line reason, the password never printed")
    func refused() throws { try RabbitMQLock.with { try refusedRun() } }

    func refusedRun() throws {
        guard RabbitMQ.required() else { return }
        let r = try CLI.run(["drive", "password-resets", "--rabbitmq", "amqp://127.0.0.1", "--headless"],
                            env: ["BROKERSIM_RABBITMQ_PASSWORD": "not-the-password-7f3a"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("brokersim: cannot drive amqp://guest@127.0.0.1:5672/: login refused: ACCESS_REFUSED"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(!(r.stdout + r.stderr).contains("7f3a"))
        let closed = try CLI.run(["drive", "password-resets", "--rabbitmq", "amqp://127.0.0.1:1", "--headless"])
        #expect(closed.status == 2)
        #expect(closed.stderr.hasPrefix("brokersim: cannot drive amqp://guest@127.0.0.1:1/: cannot connect to 127.0.0.1:1: "))
        #expect(closed.stderr.split(separator: "\n").count == 1)
    }

    @Test("needs RabbitMQ: Ctrl-C mid-drive deletes what it declared and exits 130")
    func interrupted() throws { try RabbitMQLock.with { try interruptedRun() } }

    func interruptedRun() throws {
        guard RabbitMQ.required() else { return }
        let prefix = "bs-drive-\(UUID().uuidString.prefix(6).lowercased())-"
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["drive", "password-resets", "--rabbitmq", "amqp://127.0.0.1", "--headless", "--speed", "5", "--prefix", prefix]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        var seen = false
        for _ in 0..<100 where !seen {
            Thread.sleep(forTimeInterval: 0.1)
            seen = (try RabbitMQ.call("GET", "/queues/%2F/\(prefix)emails")).status == 0
        }
        #expect(seen, "the queue was never declared")
        p.interrupt()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 130)
        #expect(String(decoding: e, as: UTF8.self) == "brokersim: interrupted; deleted the queues and exchanges named \(prefix)*\n")
        #expect((try RabbitMQ.call("GET", "/queues/%2F/\(prefix)emails")).status != 0)
    }
}
