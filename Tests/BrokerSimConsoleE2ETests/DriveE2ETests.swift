import BrokerSimTestSupport
import Foundation
import Testing

/// `brokersim drive` in a real terminal: the simulation and the real broker on one clock.
@Suite("drive in a terminal", .serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct DriveE2ETests {
    /// The rows of both panes that show the `emails` queue's depth.
    static func emailsRows(_ screen: String) -> [String] {
        screen.split(separator: "\n").map(String.init).filter { $0.contains("│emails ") && $0.contains("ready ") }
    }

    static func ready(_ row: String) -> Int? {
        guard let r = row.range(of: "ready ") else { return nil }
        return Int(row[r.upperBound...].prefix { $0.isNumber || $0 == "," }.filter(\.isNumber))
    }

    @Test("needs RabbitMQ: drive shows the simulation and the measured broker draining side by side, the crashed worker gone; q deletes what it declared")
    func twoPanes() throws { try RabbitMQLock.with { try twoPanesRun() } }

    func twoPanesRun() throws {
        guard LiveE2ETests.curl("GET", "/overview") else {
            Issue.record("needs a RabbitMQ 3.10 on 127.0.0.1 with the management API on 15672 (user guest): .ci/run installs and starts one")
            return
        }
        let prefix = "bs-e2e-drive-\(UUID().uuidString.prefix(6).lowercased())-"
        let t = try Tmux()
        t.start(Binary.url, "drive password-resets --rabbitmq amqp://127.0.0.1 --speed 5 --prefix \(prefix)")
        let both = t.waitFor("both panes, both queues draining") { s in
            let rows = Self.emailsRows(s)
            return s.contains("simulation") && s.contains("measured · amqp://guest@127.0.0.1:5672/") && rows.count == 2 && s.contains("mailer-1")
                && rows.allSatisfy { (Self.ready($0) ?? 0) > 0 && (Self.ready($0) ?? 10_000) < 10_000 }
        }
        #expect(both.contains("mailer-1"))
        // mailer-3 crashes at 20 s of scenario time (4 s at speed 5), holding one email.
        t.waitFor("mailer-3 gone in the measured pane") { $0.split(separator: "\n").contains { $0.contains("mailer-3") && $0.contains("gone") } }
        #expect(LiveE2ETests.curl("GET", "/queues/%2F/\(prefix)emails"), "the queue is declared while it runs")
        t.keys("q")
        t.expectShellUsable(exit: 130)
        #expect(t.screen.contains("brokersim: interrupted; deleted the queues and exchanges named \(prefix)*"))
        #expect(!LiveE2ETests.curl("GET", "/queues/%2F/\(prefix)emails"), "the queue is deleted")
    }
}
