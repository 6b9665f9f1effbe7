import Testing
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// A headless run advances in slices of events (progress is drawn between them). Where a slice
/// ends is nobody's reading: the report must be the same, byte for byte, whether the run goes
/// one event at a time, in odd slices, in the usual thousand, in one go, or in the reference
/// mode that brings the stream up to every event.
@Suite("Report independent of slicing")
struct SliceIndependenceTests {
    /// Everything a headless run prints, its wall time aside (the only number allowed to differ).
    static func printed(_ name: String, slice: Int, everyEvent: Bool = false) throws -> String {
        let plan = try RunPlan.load(name)
        var runner = Runner()
        runner.sliceEvents = slice
        runner.advanceEveryEvent = everyEvent
        let outcomes = runner.run(plan)
        let json = Runner.combinedJSON(plan, outcomes).serialized()
        let text = TextReport.render(plan.scenario, outcomes)
        return (json + "\n" + text).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("wall_seconds") && !$0.contains("s wall ·") }.joined(separator: "\n")
    }

    @Test("the same report whatever the slice size", arguments: [
        "queue-vs-stream", "rebalance", "retention-cliff", "dead-letters", "share-group", "kafka-broker-down", "worker-crash",
    ])
    func sliceSizes(name: String) throws {
        let usual = try Self.printed(name, slice: Runner.progressEvents)
        #expect(usual.contains("\"events\""), "the comparison must see the report")
        for (label, other) in [("1 event", try Self.printed(name, slice: 1)),
                               ("7 events", try Self.printed(name, slice: 7)),
                               ("one slice", try Self.printed(name, slice: .max)),
                               ("every event", try Self.printed(name, slice: Runner.progressEvents, everyEvent: true))] {
            let a = usual.split(separator: "\n"), b = other.split(separator: "\n")
            let first = zip(a, b).first { $0.0 != $0.1 }
            // Compared line by line, so a failure names the first line that differs, not two reports.
            #expect(first == nil && a.count == b.count, "\(name) in slices of \(label): \(first.map { "\($0.0) vs \($0.1)" } ?? "lengths differ")")
        }
    }
}
