import BrokerSimCore
import Testing
@testable import BrokerSimScenario

@Suite("Timeline")
struct TimelineTests {
    static let world = """
        queues: {emails: {}}
        workers: {mailer: {queue: emails, count: 5}}
        topics: {clicks: {}}
        groups: {audit: {topic: clicks, consumers: 2}}
        services: {api: {count: 2}}
        producers: {resets: {to: emails}}

        """

    func timeline(_ entries: String) throws -> [TimelineEntry] {
        try scenario(TimelineTests.world + "timeline:\n" + entries).config.timeline
    }

    func timelineProblems(_ entries: String) -> [String] {
        problems(TimelineTests.world + "timeline:\n" + entries)
    }

    @Test func everyAction() throws {
        let entries = try timeline("""
              - {at: 30s, crash: mailer-3, for: 10s, note: "one worker dies"}
              - {at: 1m, crash: mailer}
              - {at: 10s, restart: audit-2}
              - {at: 5s, slow: api, factor: 5}
              - {at: 6s, slow: api-1, factor: 0.5}
              - {at: 7s, scale: mailer, count: 8}
              - {at: 8s, rate: resets, to: 2k/s, over: 30s}
              - {at: 9s, rate: resets, to: 0}
              - {at: 11s, burst: resets, count: 50k}
              - {at: 12s, broker: restart}
              - {at: 13s, broker: restart, for: 5s}
              - {at: 0s, say: "Watch the queue", wait: true}
              - {at: 1s, say: plain}
              - at: 2s
                ask: "Who gets the most?"
                choices: [fast, slow, "all equal"]
                answer: 3
                why: prefetch 0
              - {at: 3s, crash: audit}
              - {at: 4s, restart: api}
            """)
        func t(_ s: Int64) -> SimTime { SimTime(micros: s * 1_000_000) }
        #expect(entries == [
            TimelineEntry(at: t(30), action: .crash(.worker(pool: 0, index: 2), downFor: .secs(10)), note: "one worker dies"),
            TimelineEntry(at: t(60), action: .crash(.workerPool(0), downFor: nil)),
            TimelineEntry(at: t(10), action: .restart(.member(group: 0, index: 1))),
            TimelineEntry(at: t(5), action: .slow(.service(0), factor: 5)),
            TimelineEntry(at: t(6), action: .slow(.serviceInstance(service: 0, index: 0), factor: 0.5)),
            TimelineEntry(at: t(7), action: .scale(.workerPool(0), count: 8)),
            TimelineEntry(at: t(8), action: .rate(producer: 0, to: 2000, over: .secs(30))),
            TimelineEntry(at: t(9), action: .rate(producer: 0, to: 0, over: .zero)),
            TimelineEntry(at: t(11), action: .burst(producer: 0, count: 50_000)),
            TimelineEntry(at: t(12), action: .brokerRestart(downtime: .secs(1))),
            TimelineEntry(at: t(13), action: .brokerRestart(downtime: .secs(5))),
            TimelineEntry(at: t(0), action: .say("Watch the queue", wait: true)),
            TimelineEntry(at: t(1), action: .say("plain", wait: false)),
            TimelineEntry(at: t(2), action: .ask(question: "Who gets the most?", choices: ["fast", "slow", "all equal"],
                                                  answer: 2, why: "prefetch 0")),
            TimelineEntry(at: t(3), action: .crash(.group(0), downFor: nil)),
            TimelineEntry(at: t(4), action: .restart(.service(0))),
        ])
    }

    @Test("an instance added by a scale later in the list may be named earlier")
    func scaledInstances() throws {
        let entries = try timeline("  - {at: 20s, crash: mailer-8}\n  - {at: 10s, scale: mailer, count: 8}\n")
        #expect(entries.first?.action == .crash(.worker(pool: 0, index: 7), downFor: nil))
        #expect(timelineProblems("  - {at: 20s, crash: mailer-9}\n  - {at: 10s, scale: mailer, count: 8}\n") == [
            "bad.yaml:8:22: no instance 'mailer-9': worker pool 'mailer' has at most 8",
        ])
    }

    @Test func mistakes() {
        #expect(timelineProblems("  - {at: 1s}\n") == [
            "bad.yaml:8:5: timeline entry needs an action: crash, restart, slow, scale, rate, burst, broker, say, ask",
        ])
        #expect(timelineProblems("  - {at: 1s, crash: mailer, slow: mailer}\n") == [
            "bad.yaml:8:29: timeline entry has two actions, 'crash' and 'slow': give one per entry",
        ])
        #expect(timelineProblems("  - {at: 1s, crash: mailer, factor: 2}\n") == ["bad.yaml:8:29: 'factor' does not apply to 'crash'"])
        #expect(timelineProblems("  - {crash: mailer}\n") == ["bad.yaml:8:5: timeline entry needs 'at'"])
        #expect(timelineProblems("  - {at: 1s, slow: mailer}\n") == ["bad.yaml:8:5: 'slow' needs 'factor'"])
        #expect(timelineProblems("  - {at: 1s, crash: emails}\n") == [
            "bad.yaml:8:21: 'emails' is a queue: 'crash' takes a worker pool, group, service or an instance of one",
        ])
        #expect(timelineProblems("  - {at: 1s, crash: ghost}\n") == [
            "bad.yaml:8:21: unknown worker pool, group, service or instance 'ghost'",
        ])
        #expect(timelineProblems("  - {at: 1s, rate: mailer, to: 5/s}\n") == [
            "bad.yaml:8:20: 'mailer' is a worker pool, not a producer",
        ])
        #expect(timelineProblems("  - {at: 1s, scale: mailer-1, count: 2}\n") == ["bad.yaml:8:21: unknown worker pool, group or service 'mailer-1'"])
        #expect(timelineProblems("  - {at: 1s, broker: stop}\n") == ["bad.yaml:8:22: unknown broker action 'stop' (expected restart)"])
        #expect(timelineProblems("  - {at: 1s, ask: Q, choices: [a, b], answer: 3}\n") == [
            "bad.yaml:8:47: 'answer' must be between 1 and 2 (the number of choices), found 3",
        ])
        #expect(timelineProblems("  - {at: 1s, slow: api, factor: 0}\n") == ["bad.yaml:8:33: 'factor' must be greater than 0"])
        #expect(timelineProblems("  - {at: 1s, say: hi, wait: yes}\n") == ["bad.yaml:8:29: invalid boolean 'yes': use true or false"])
        #expect(timelineProblems("  - {at: 1:30, say: hi}\n") == [
            "bad.yaml:8:10: invalid duration '1:30': expected a number with a unit (us, ms, s, m, h, d, w)",
        ])
    }
}
