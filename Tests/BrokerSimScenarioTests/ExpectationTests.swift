import BrokerSimCore
import Testing
@testable import BrokerSimScenario

@Suite("Expectations")
struct ExpectationTests {
    static let world = """
        queues: {emails: {}}
        workers: {mailer: {queue: emails, count: 2}}
        topics: {clicks: {partitions: 3}}
        groups: {audit: {topic: clicks}}
        services: {api: {}}
        producers: {resets: {to: emails}}

        """

    func expectations(_ list: String) throws -> [Expectation] {
        try scenario(ExpectationTests.world + "expect:\n" + list).expectations
    }

    func expectProblems(_ list: String) -> [String] {
        problems(ExpectationTests.world + "expect:\n" + list)
    }

    @Test func plainAndTimed() throws {
        let list = try expectations("""
              - queues.emails.acked == 10000
              - at: 30s
                that: groups.audit.lag > 1M
              - "queues.emails.latency_p99<=250ms"
              - workers.mailer-2.busy_share < 5%
              - broker.memory_peak <= 1GB
              - groups.audit.caught_up_at != null
              - topics.clicks.partitions.2.log_end >= 1k
              - groups.audit.partitions.0.member == null
              - services.api.timed_out == 0
              - producers.resets.blocked_seconds < 1m
              - simulated_seconds < 2h
            """)
        func loc(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: "test.yaml", line: line, column: column) }
        #expect(list[0] == Expectation(text: "queues.emails.acked == 10000", at: nil, path: ["queues", "emails", "acked"],
                                       op: .eq, value: .number(10_000), location: loc(8, 5)))
        #expect(list[1] == Expectation(text: "groups.audit.lag > 1M", at: SimTime(micros: 30_000_000),
                                       path: ["groups", "audit", "lag"], op: .gt, value: .number(1_000_000), location: loc(10, 11)))
        #expect(list[2].path == ["queues", "emails", "latency_p99"] && list[2].op == .le && list[2].value == .number(0.25))
        #expect(list[2].text == "queues.emails.latency_p99<=250ms")
        #expect(list.map(\.op) == [.eq, .gt, .le, .lt, .le, .ne, .ge, .eq, .eq, .lt, .lt])
        #expect(list.map(\.value) == [
            .number(10_000), .number(1_000_000), .number(0.25), .number(0.05), .number(1_073_741_824), .null,
            .number(1000), .null, .number(0), .number(60), .number(7200),
        ])
        #expect(list[6].path == ["topics", "clicks", "partitions", "2", "log_end"])
    }

    @Test("bad expectations", arguments: [
        ("queue.emails.acked == 1", "unknown report section 'queue' in 'queue.emails.acked' (expected queues, workers, broker, topics, groups, services, producers, simulated_seconds)"),
        ("queues.emial.acked == 1", "unknown queue 'emial' in 'queues.emial.acked'"),
        ("queues.emails.ackd == 1", "unknown field 'ackd' of a queue in 'queues.emails.ackd' (did you mean 'acked'?)"),
        ("queues.emails == 1", "path 'queues.emails' must end in one field of a queue"),
        ("queues.emails.acked.x == 1", "path 'queues.emails.acked.x' must end in one field of a queue"),
        ("workers.mailer.processed == 1", "'mailer' is a worker pool: workers are reported per instance, e.g. 'mailer-1', in 'workers.mailer.processed'"),
        ("workers.mailer-3.processed == 1", "unknown worker 'mailer-3' in 'workers.mailer-3.processed'"),
        ("topics.clicks.partitions.3.log_end == 1", "no partition 3 in 'topics.clicks.partitions.3.log_end': there are 3, numbered from 0"),
        ("groups.audit.partitions.x.lag == 1", "a partition path is partitions.N.FIELD (N from 0) in 'groups.audit.partitions.x.lag'"),
        ("groups.clicks.lag == 1", "unknown group 'clicks' in 'groups.clicks.lag'"),
        ("broker.memory == 1", "unknown field 'memory' of the broker in 'broker.memory' (expected memory_peak, memory_alarm_seconds, oom_kills)"),
        ("broker.oom_kill == 1", "unknown field 'oom_kill' of the broker in 'broker.oom_kill' (did you mean 'oom_kills'?)"),
        ("queues.emails.acked = 1", "invalid expectation 'queues.emails.acked = 1': expected PATH OP VALUE with OP one of == != < <= > >="),
        ("queues.emails.acked", "invalid expectation 'queues.emails.acked': expected PATH OP VALUE with OP one of == != < <= > >="),
        ("queues.emails.acked == 5mz", "unknown unit 'mz' in value '5mz' in 'queues.emails.acked == 5mz'"),
        ("queues.emails.acked == lots", "invalid value 'lots': expected a number (with an optional unit) or null in 'queues.emails.acked == lots'"),
    ])
    func bad(expression: String, message: String) {
        #expect(expectProblems("  - \(expression)\n") == ["bad.yaml:8:5: \(message)"])
    }

    @Test func badTimedExpectation() {
        #expect(expectProblems("  - {at: soon, that: queues.emails.acked == 1}\n") == [
            "bad.yaml:8:10: invalid duration 'soon': expected a number with a unit (us, ms, s, m, h, d, w)",
        ])
        #expect(expectProblems("  - {at: 1s}\n") == ["bad.yaml:8:5: expectation needs 'that'"])
        #expect(expectProblems("  - {at: 1s, that: x == 1, when: now}\n") == [
            "bad.yaml:8:20: unknown report section 'x' in 'x' (expected queues, workers, broker, topics, groups, services, producers, simulated_seconds)",
            "bad.yaml:8:28: unknown key 'when' in an expectation (expected at, that, label)",
        ])
    }

    @Test("a worker added by a timeline scale may be checked")
    func scaledWorker() throws {
        let s = try scenario(ExpectationTests.world + """
            timeline: [{at: 1s, scale: mailer, count: 4}]
            expect: [workers.mailer-4.processed > 0]
            """)
        #expect(s.expectations.first?.path == ["workers", "mailer-4", "processed"])
    }
}
