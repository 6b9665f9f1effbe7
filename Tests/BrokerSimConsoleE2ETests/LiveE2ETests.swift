import BrokerSimTestSupport
import Foundation
import Testing

/// `brokersim watch` and `replay` in a real terminal.
@Suite("Live console in a terminal", .serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct LiveE2ETests {
    static let recording = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../BrokerSimLiveTests/Fixtures/rabbitmq-3.10/recording.jsonl").standardizedFileURL.path
    static let api = "http://127.0.0.1:15672/api"

    @discardableResult
    static func curl(_ method: String, _ path: String, _ body: String? = nil) -> Bool {
        var args = ["-sf", "-o", "/dev/null", "-u", "guest:guest", "-X", method, "-H", "content-type: application/json", api + path]
        if let body { args += ["-d", body] }
        return (try? Spawn.status("/usr/bin/curl", args)) == 0
    }

    static func rabbitmqctl(_ args: String...) -> Bool { (try? Spawn.status("/usr/sbin/rabbitmqctl", ["-q"] + args)) == 0 }

    /// The line of the queue panel that names `queue`.
    static func line(_ screen: String, _ queue: String) -> String {
        screen.split(separator: "\n").first { $0.contains("│\(queue) ") }.map(String.init) ?? ""
    }

    @Test("needs RabbitMQ: a queue drains on screen; stopping the broker marks values stale, its return makes them live")
    func drainStaleAndBack() throws { try RabbitMQLock.with { try drainStale() } }

    func drainStale() throws {
        guard Self.curl("GET", "/overview") else {
            Issue.record("needs a RabbitMQ 3.10 on 127.0.0.1 with the management API on 15672 (user guest): .ci/run installs and starts one")
            return
        }
        let q = "bs-e2e-\(UUID().uuidString.prefix(6).lowercased())"
        #expect(Self.curl("PUT", "/queues/%2F/\(q)", "{\"durable\":false}"))
        defer { Self.curl("DELETE", "/queues/%2F/\(q)") }
        for i in 0..<40 {
            Self.curl("POST", "/exchanges/%2F/amq.default/publish",
                      "{\"properties\":{},\"routing_key\":\"\(q)\",\"payload\":\"m\(i)\",\"payload_encoding\":\"string\"}")
        }
        let t = try Tmux()
        t.start(Binary.url, "watch rabbitmq://127.0.0.1 --interval 1s")
        t.waitFor("\(q) 40 deep, live") { Self.line($0, q).contains("ready 40") && $0.contains("LIVE") }
        // A consumer takes them, 10 a second.
        for _ in 0..<4 {
            Self.curl("POST", "/queues/%2F/\(q)/get", "{\"count\":10,\"ackmode\":\"ack_requeue_false\",\"encoding\":\"auto\"}")
            Thread.sleep(forTimeInterval: 1)
        }
        // Every wait holds for all that is then expected of the capture: tmux can catch a frame
        // half drawn, and the broker's counters can catch up at different reads.
        let drained = t.waitFor("\(q) drained") { Self.line($0, q).contains("ready 0  unacked 0") && $0.contains("published 40") }
        #expect(drained.contains("published 40"))

        #expect(Self.rabbitmqctl("stop_app"))
        var restarted = false
        defer { if !restarted { _ = Self.rabbitmqctl("start_app") } }
        let stale = t.waitFor("stale values") {
            $0.contains("STALE") && $0.contains("connection refused") && Self.line($0, q).contains("ready 0")
        }
        #expect(Self.line(stale, q).contains("ready 0"), "the last values read stay on screen")

        restarted = Self.rabbitmqctl("start_app")
        #expect(restarted)
        let back = t.waitFor("live again") { $0.split(separator: "\n").first?.hasSuffix("LIVE") == true && $0.contains("read again after") }
        #expect(back.contains("read again after"))
        t.keys("q")
        t.expectShellUsable(exit: 0)
    }

    @Test("replay a recording: pause, seek forward to the alarm and back, keys for a recording only")
    func replaySeek() throws {
        let t = try Tmux()
        t.start(Binary.url, "replay \(Self.recording)")
        t.waitFor("the recording") { $0.contains("REPLAY") || $0.contains("PAUSED") }
        t.keys("Space")
        t.waitFor("paused") { $0.contains("PAUSED") }
        t.keys("Left")
        // tmux can capture a frame half drawn (the header new, the panels below still the old
        // ones), so each wait is for the whole screen the seek should give, not just its header.
        let start = t.waitFor("the first read, before the alarm") {
            $0.contains("18:00:00  1×  PAUSED") && !$0.contains("ALARM") && $0.contains("←→ seek") && !$0.contains("w write")
        }
        #expect(start.contains("←→ seek") && !start.contains("w write"))
        t.keys("Right")
        t.waitFor("the last read: the alarm, a blocked publisher, a consumer gone") {
            $0.contains("18:00:24") && $0.contains("ALARM") && $0.contains("BLOCKED") && $0.contains("gone")
        }
        t.keys("Left")
        t.waitFor("back to the first read") { $0.contains("18:00:00") && !$0.contains("ALARM") }
        t.keys("c")
        t.waitFor("the refusal") { $0.contains("A recording is watched, not changed") }
        t.keys("q")
        t.expectShellUsable(exit: 0)
    }
}
