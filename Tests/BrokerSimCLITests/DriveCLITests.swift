import Foundation
import Testing

/// `brokersim drive` refusals that need no broker: each is one line on stderr and exit 2.
struct DriveCLITests {
    @Test("drive refuses a URL that is not amqp://, and a password in the URL, with exit 2")
    func badURL() throws {
        let r = try CLI.run(["drive", "password-resets", "--rabbitmq", "http://127.0.0.1", "--headless"])
        #expect(r.status == 2)
        #expect(r.stderr == "brokersim: 'http://127.0.0.1' is not an AMQP URL: expected amqp://[USER@]HOST[:PORT][/VHOST]\n")
        let pw = try CLI.run(["drive", "password-resets", "--rabbitmq", "amqp://bob:secret@127.0.0.1", "--headless"])
        #expect(pw.status == 2 && pw.stderr.contains("a password is never given in the URL") && !pw.stderr.contains("secret"))
        let remote = try CLI.run(["drive", "password-resets", "--rabbitmq", "amqp://broker.example", "--headless"],
                                 env: ["BROKERSIM_RABBITMQ_PASSWORD": ""])
        #expect(remote.status == 2 && remote.stderr.contains("guest/guest is only for localhost"))
    }

    @Test("drive refuses a scenario with no task queue, and one it cannot carry out, naming what is missing")
    func refusedScenarios() throws {
        let none = try CLI.run(["drive", "clickstream", "--rabbitmq", "amqp://127.0.0.1", "--headless"])
        #expect(none.status == 2)
        #expect(none.stderr == "brokersim: clickstream has no task-queue part (queues, workers, producers) to drive\n")
        let down = try CLI.run(["drive", "rabbit-node-down", "--rabbitmq", "amqp://127.0.0.1", "--headless"])
        #expect(down.status == 2)
        #expect(down.stderr.hasPrefix("brokersim: drive cannot carry out rabbit-node-down: a cluster of 3 nodes"), "\(down.stderr)")
    }
}
