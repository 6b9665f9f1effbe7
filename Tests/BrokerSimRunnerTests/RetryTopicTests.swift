import BrokerSimCore
import BrokerSimScenario
import Testing

/// A consumer group's `dead_letter: TOPIC` (docs/stream-model.md, "Retry and dead-letter topics"):
/// a record the group gives up on is written to TOPIC and the partition moves on, and a group
/// reading TOPIC can retry it there and pass it on to the next topic.
@Suite("Retry and dead-letter topics")
struct RetryTopicTests {
    /// One poison record at 10 s on a one-partition topic, read three ways.
    static let file = """
    stop: 60s
    topics:
      emails: {partitions: 1}
      emails-retry: {partitions: 1}
      emails-dlt: {partitions: 1}
    producers:
      app: {to: emails, rate: 20/s}
      bad: {to: emails, poison: 1}
    groups:
      blocked: {topic: emails, work: 25ms, from: earliest, retries: 600}
      sender: {topic: emails, work: 25ms, from: earliest, on_fail: skip, dead_letter: emails-retry}
      retrier: {topic: emails-retry, work: 25ms, from: earliest, retries: 2, dead_letter: emails-dlt}
    timeline:
      - {at: 10s, burst: bad, count: 1}
    """

    static func world(until: Double? = nil) throws -> World { try ModelRun.world(file, file: "retry", until: until) }
    static func number(_ w: World, _ path: String) -> Double { ModelRun.number(ModelRun.report(w, scenario: "retry", seed: 1), path) }

    @Test("the group that writes the record aside commits past it; the one retrying in place waits behind it")
    func asideVersusInPlace() throws {
        let w = try Self.world(until: 15)
        // 5 s after the poison record: sender read on, blocked is still retrying at its offset.
        #expect(Self.number(w, "groups.sender.failed") == 1)
        #expect(Self.number(w, "groups.sender.skipped") == 1)
        #expect(w.groupUnread(1) < 5)
        #expect(Self.number(w, "groups.blocked.failed") > 100)
        #expect(Self.number(w, "groups.blocked.skipped") == 0)
        #expect(w.groupUnread(0) >= 90)
        // A partition retrying in place reads nothing behind the record: the badge says so.
        #expect(w.groupStatus(0) == .fallingBehind)
        #expect(w.groupStatus(1) == .keepingUp)
        #expect(w.feed.contains { $0.text == "sender wrote the failing record at emails-0 offset 200 to emails-retry-0 and moved on" })
    }

    @Test("the record stays poison on the retry topic: the retrier fails it, then passes it on to the dead-letter topic")
    func theChainEndsInTheDeadLetterTopic() throws {
        let w = try Self.world()
        #expect(Self.number(w, "topics.emails-retry.appended") == 1)
        #expect(Self.number(w, "groups.retrier.failed") == 3)
        #expect(Self.number(w, "groups.retrier.skipped") == 1)
        #expect(Self.number(w, "topics.emails-dlt.appended") == 1)
        // blocked gave up after 600 retries (601 attempts) and caught up; nothing went aside from it.
        #expect(Self.number(w, "groups.blocked.failed") == 601)
        #expect(Self.number(w, "groups.blocked.skipped") == 1)
        #expect(w.groupUnread(0) < 5)
    }

    @Test("a good record written aside is read once by the retrier and goes no further")
    func aTransientFailureIsRetriedAside() throws {
        let text = """
        stop: 30s
        topics:
          jobs: {partitions: 2}
          jobs-retry: {partitions: 1}
          jobs-dlt: {partitions: 1}
        producers:
          app: {to: jobs, rate: 100/s}
        groups:
          main: {topic: jobs, work: 5ms, fail: 0.05, from: earliest, on_fail: skip, dead_letter: jobs-retry}
          retrier: {topic: jobs-retry, work: 5ms, from: earliest, retries: 3, dead_letter: jobs-dlt}
        """
        let w = try ModelRun.world(text, file: "transient")
        let failed = ModelRun.number(ModelRun.report(w, scenario: "t", seed: 1), "groups.main.failed")
        #expect(failed > 50)
        // Two partitions, one retry partition: the records of both land on jobs-retry-0.
        #expect(ModelRun.number(ModelRun.report(w, scenario: "t", seed: 1), "topics.jobs-retry.appended") == failed)
        #expect(ModelRun.number(ModelRun.report(w, scenario: "t", seed: 1), "groups.retrier.failed") == 0)
        #expect(ModelRun.number(ModelRun.report(w, scenario: "t", seed: 1), "topics.jobs-dlt.appended") == 0)
    }

    @Test("a group's dead-letter topic must be another topic; a consumer group may name one")
    func validation() throws {
        let yaml = """
        topics:
          t: {}
        groups:
          g: {topic: t, dead_letter: t}
        """
        do {
            _ = try ScenarioLoader.parse(text: yaml, file: "bad.yaml", name: "bad")
            Issue.record("a group dead-lettering into its own topic was accepted")
        } catch {
            #expect("\(error)".contains("bad.yaml:4:30: a group's dead-letter topic must not be the topic it reads"))
        }
        let ok = try ScenarioLoader.parse(text: "topics:\n  t: {}\n  d: {}\ngroups:\n  g: {topic: t, dead_letter: d}\n", file: "ok.yaml", name: "ok")
        #expect(ok.config.groups[0].deadLetter == 1)
    }
}
