import BrokerSimRunner
import BrokerSimScenario
import Testing

@Suite("Text report: the transcript")
struct TranscriptTests {
    static let yaml = """
    title: t
    seed: 1
    stop: 3s
    queues: {jobs: {}}
    workers: {w: {queue: jobs, count: 1, work: 100ms}}
    producers: {load: {to: jobs, rate: 5/s}}
    timeline:
      - at: 1s
        say: Hold it here while I explain what a long narration line looks like when it is printed.
        wait: true
      - at: 1500ms
        crash: w
        note: the worker dies
      - at: 2s
        ask: Where does an unacked message go when its worker dies?
        choices: [Nowhere, Back to the queue]
        answer: 2
        why: The broker requeues what was never ACKed.
    """

    @Test func narrationNotesAndQuestionsReadAsATimestampedScript() throws {
        let sc = try ScenarioLoader.parse(text: Self.yaml, file: "t.yaml", name: "t")
        let outcomes = try Runner(seed: nil, until: nil, variant: nil).run(sc)
        let text = TextReport.render(sc, outcomes)
        let transcript = try #require(text.range(of: "\ntranscript\n")).upperBound
        let lines = text[transcript...].split(separator: "\n", omittingEmptySubsequences: false).prefix(7).map(String.init)
        #expect(lines == [
            "  00:00:01.000  Hold it here while I explain what a long narration line looks",
            "                like when it is printed.",
            "  00:00:01.500  (note) the worker dies",
            "  00:00:02.000  Q: Where does an unacked message go when its worker dies?",
            "                  1. Nowhere",
            "                  2. Back to the queue (the answer)",
            "                Why: The broker requeues what was never ACKed.",
        ])
    }
}
