import Foundation
import Testing

/// `brokersim watch` and `brokersim replay` on the command line, without a broker: the
/// refusals at start, and reports of a recording of a real RabbitMQ 3.10.
@Suite("watch and replay on the command line", .serialized)
struct WatchCLITests {
    static let recording = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../BrokerSimLiveTests/Fixtures/rabbitmq-3.10/recording.jsonl").standardizedFileURL.path

    @Test("a bad URL, a password in the URL, no password for a remote broker: exit 2 with one line")
    func refusedBeforeReading() throws {
        let cases: [([String], String)] = [
            (["watch", "amqp://localhost"],
             "brokersim: 'amqp://localhost' is not a RabbitMQ URL: expected rabbitmq://[USER@]HOST[:PORT][/VHOST] (or rabbitmqs:// for HTTPS)\n"),
            (["watch", "rabbitmq://guest:guest@localhost"],
             "brokersim: a password is never given in the URL (it would show in the process list): set BROKERSIM_RABBITMQ_PASSWORD or use --password-file\n"),
            (["watch", "rabbitmq://ops@mq.example.invalid"],
             "brokersim: no password for ops@mq.example.invalid: set BROKERSIM_RABBITMQ_PASSWORD or use --password-file FILE (guest/guest is only for localhost)\n"),
        ]
        for (args, message) in cases {
            let r = try CLI.run(args, env: ["BROKERSIM_RABBITMQ_PASSWORD": ""])
            #expect(r.status == 2 && r.stderr == message && r.stdout.isEmpty, "\(args)")
        }
    }

    @Test("nothing listening: exit 2, connection refused")
    func unreachableAtStart() throws {
        let r = try CLI.run(["watch", "rabbitmq://127.0.0.1:9", "--headless", "--for", "5s"])
        #expect(r.status == 2)
        #expect(r.stderr == "brokersim: cannot watch rabbitmq://guest@127.0.0.1:9/: connection refused\n")
    }

    @Test("--headless needs --for; --expect checks its path before any read")
    func headlessArguments() throws {
        let noFor = try CLI.run(["watch", "rabbitmq://127.0.0.1:9", "--headless"])
        #expect(noFor.status == 2 && noFor.stderr.contains("--headless needs --for DURATION"))
        let badPath = try CLI.run(["replay", Self.recording, "--headless", "--expect", "queues.emails.lost == 0"])
        #expect(badPath.status == 2)
        #expect(badPath.stderr == "brokersim: --expect: unknown field 'lost' of a queue in 'queues.emails.lost == 0' (expected ready, "
                + "unacked, consumers, peak_ready, published, delivered, acked, redelivered, in_rate, out_rate, drain_seconds, max_length, "
                + "delivery_limit)\n")
        #expect(badPath.stdout.isEmpty)
        let misspelt = try CLI.run(["replay", Self.recording, "--headless", "--expect", "nodes.rabbit@localhost.disk_alarms == 0"])
        #expect(misspelt.status == 2)
        #expect(misspelt.stderr == "brokersim: --expect: unknown field 'disk_alarms' of a node in 'nodes.rabbit@localhost.disk_alarms == 0' "
                + "(did you mean 'disk_alarm'?)\n")
    }

    @Test("replay --headless reports the recorded period: depth, counters moved, the gone consumer, the alarm")
    func replayReport() throws {
        let r = try CLI.run(["replay", Self.recording, "--headless", "--format", "json",
                             "--expect", "queues.emails.ready < 1000", "--expect", "blocked_connections == 0"])
        #expect(r.status == 1, "blocked_connections is 1 at the end")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(o["watched_seconds"] as? Double == 24 && o["reads"] as? Int == 4)
        let emails = try #require((o["queues"] as? [String: Any])?["emails"] as? [String: Any])
        #expect(emails["ready"] as? Int == 263 && emails["peak_ready"] as? Int == 358)
        #expect(emails["published"] as? Int == 50 && emails["acked"] as? Int == 170 && emails["redelivered"] as? Int == 5)
        #expect(emails["dead_letter_target"] as? String == "emails.dead" && emails["max_length"] as? Int == 1000)
        let gone = try #require((o["consumers"] as? [String: Any])?["127.0.0.1:54018 (1)"] as? [String: Any])
        #expect(gone["gone"] as? Bool == true && gone["unacked"] as? Int == 5)
        let node = try #require((o["nodes"] as? [String: Any])?["rabbit@localhost"] as? [String: Any])
        #expect(node["memory_alarm"] as? Bool == true)
        let results = try #require(o["expectations"] as? [[String: Any]])
        #expect(results.map { $0["passed"] as? Bool } == [true, false])
    }

    @Test("--expect on a queue whose name has dots: the name is everything between the section and the field")
    func dottedQueueName() throws {
        let r = try CLI.run(["replay", Self.recording, "--headless", "--expect", "queues.emails.dead.ready == 0"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  ok   queues.emails.dead.ready == 0   actual: 0\n"))
    }

    @Test("the text report of a recording, with FAIL on the expectation that failed")
    func replayText() throws {
        let r = try CLI.run(["replay", Self.recording, "--headless", "--expect", "queues.orders.ready == 0"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("24 s watched · 4 reads\n"))
        #expect(r.stdout.contains("  emails       classic    263        7         358         50    170            5"))
        #expect(r.stdout.contains("  127.0.0.1:54018 (1) (gone)  emails"))
        #expect(r.stdout.contains("blocked publishers: 127.0.0.1:48936 (peak 1)"))
        #expect(r.stdout.contains("  FAIL queues.orders.ready == 0   actual: 20\n"))
    }

    @Test("a file that is not a recording: exit 2 with file:line:col")
    func badRecording() throws {
        let file = try CLI.file("bad.jsonl", "{\"x\": 1}\n")
        let r = try CLI.run(["replay", file.path, "--headless"])
        #expect(r.status == 2)
        #expect(r.stderr == "brokersim: \(file.path):1:1: not a brokersim snapshot (record one with brokersim watch URL --record FILE)\n")
    }
}
