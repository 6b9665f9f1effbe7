import BrokerSimCore
import Testing
@testable import BrokerSimConsole

@Suite("Live scenario writer")
struct LiveScenarioWriterTests {
    var config: WorldConfig {
        var c = WorldConfig()
        c.workers = [WorkerPoolConfig(name: "mailer", queue: 0)]
        c.producers = [ProducerConfig(name: "signups", target: .queue(0))]
        c.groups = [GroupConfig(name: "audit", topic: 0)]
        return c
    }

    let entries = [
        TimelineEntry(at: SimTime(micros: 21_350_000), action: .crash(.worker(pool: 0, index: 2), downFor: nil)),
        TimelineEntry(at: SimTime(micros: 30_000_001), action: .slow(.member(group: 0, index: 0), factor: 5)),
        TimelineEntry(at: SimTime(micros: 90_000_000), action: .rate(producer: 0, to: 1_250.5, over: .zero)),
        TimelineEntry(at: SimTime(micros: 120_000_000), action: .scale(.workerPool(0), count: 6)),
    ]

    @Test func appendsToAnExistingTimelineKeepingTheRestAsWritten() throws {
        let source = """
        title: "demo"   # a comment
        timeline:
          - at: 20s
            crash: mailer-3

        expect:
          - queues.emails.lost == 0

        """
        let out = try LiveScenarioWriter.write(source: source, entries: entries, config: config)
        #expect(out == """
        title: "demo"   # a comment
        timeline:
          - at: 20s
            crash: mailer-3
          # added in the console
          - at: 21350ms
            crash: mailer-3
          - at: 30000001us
            slow: audit-1
            factor: 5
          - at: 90s
            rate: signups
            to: 1250.5/s
          - at: 2m
            scale: mailer
            count: 6

        expect:
          - queues.emails.lost == 0

        """)
    }

    @Test func addsATimelineWhenThereIsNone() throws {
        let out = try LiveScenarioWriter.write(source: "title: x\nstop: 1m", entries: [entries[0]], config: config)
        #expect(out == "title: x\nstop: 1m\ntimeline:\n  # added in the console\n  - at: 21350ms\n    crash: mailer-3\n")
    }

    @Test func followsTheFilesIndentationAndAnEmptyFlowList() throws {
        let indented = try LiveScenarioWriter.write(source: "timeline:\n    - at: 1s\n      crash: mailer\n", entries: [entries[3]], config: config)
        #expect(indented == "timeline:\n    - at: 1s\n      crash: mailer\n    # added in the console\n    - at: 2m\n      scale: mailer\n      count: 6\n")
        let empty = try LiveScenarioWriter.write(source: "timeline: []\nseed: 2\n", entries: [entries[3]], config: config)
        #expect(empty == "timeline:\n  # added in the console\n  - at: 2m\n    scale: mailer\n    count: 6\nseed: 2\n")
    }

    @Test func aNonEmptyFlowTimelineIsRefused() {
        #expect(throws: LiveScenarioWriter.Failure.flowTimeline) {
            try LiveScenarioWriter.write(source: "timeline: [{at: 1s, crash: mailer}]\n", entries: [entries[0]], config: config)
        }
    }

    @Test func nothingToAddKeepsTheTextIdentical() throws {
        #expect(try LiveScenarioWriter.write(source: "title: x\n", entries: [], config: config) == "title: x\n")
    }
}
