import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// A frame with two workers, a group with two consumers, and a producer.
let sampleFrame = Frame(
    title: "sample",
    queues: [QueueReading(name: "emails")],
    workers: [
        WorkerReading(name: "mailer-1", pool: "mailer", index: 0, queue: "emails", status: .busy),
        WorkerReading(name: "mailer-2", pool: "mailer", index: 1, queue: "emails", status: .slow),
    ],
    pools: ["mailer"],
    producers: [ProducerReading(name: "signups", target: "emails", rate: 100)],
    topics: [TopicReading(name: "clicks", partitions: [PartitionReading(logStart: 0, logEnd: 0, committed: [nil])], groups: ["analytics"])],
    groups: [GroupReading(name: "analytics", topic: "clicks", members: [
        .init(name: "analytics-1", alive: true, partitions: [0]),
        .init(name: "analytics-2", alive: true, partitions: [1]),
    ])]
)

@Suite("Reducer")
struct ReducerTests {
    func reduce(_ actions: [ConsoleAction], from start: ConsoleState = ConsoleState()) -> (ConsoleState, [ConsoleEffect]) {
        var s = start
        var effects: [ConsoleEffect] = []
        for a in actions { effects = s.reduce(a, frame: sampleFrame) }
        return (s, effects)
    }

    @Test func spacePausesAndResumes() {
        #expect(reduce([.togglePause]).0.paused)
        #expect(!reduce([.togglePause, .togglePause]).0.paused)
    }

    @Test func dotPausesAndSteps() {
        let (s, e) = reduce([.step])
        #expect(s.paused)
        #expect(e == [.step])
    }

    @Test func plusAndMinusWalkTheSpeedLadder() {
        #expect(reduce([.faster, .faster]).0.speed == .times(5))
        #expect(reduce([.slower]).0.speed == .times(0.5))
        let s = ConsoleState(speed: .times(10_000))
        #expect(reduce([.faster], from: s).0.speed == .max)
    }

    @Test func arrowsSeekAndHomeRestarts() {
        #expect(reduce([.seekBack]).1 == [.seek(samples: -ConsoleState.seekSamples)])
        #expect(reduce([.seekForward]).1 == [.seek(samples: ConsoleState.seekSamples)])
        #expect(reduce([.restartRun]).1 == [.restartRun])
    }

    @Test func downWalksEverySelectableInScreenOrderAndWraps() {
        var s = ConsoleState()
        var seen: [Selectable?] = []
        for _ in 0..<7 {
            _ = s.reduce(.selectNext, frame: sampleFrame)
            seen.append(s.selection)
        }
        // Screen order: the task-queue panel top to bottom (workers, then its producer
        // `signups`), then the stream panel (the group, its consumers).
        #expect(seen == [.worker("mailer-1"), .worker("mailer-2"), .producer("signups"), .group("analytics"),
                         .member(group: "analytics", name: "analytics-1"), .member(group: "analytics", name: "analytics-2"),
                         .worker("mailer-1")])
        #expect(reduce([.selectPrevious]).0.selection == .member(group: "analytics", name: "analytics-2"))
    }

    @Test func tabJumpsBetweenPanels() {
        #expect(reduce([.nextSection]).0.selection == .worker("mailer-1"))
        #expect(reduce([.nextSection, .nextSection]).0.selection == .group("analytics"))
        #expect(reduce([.nextSection, .nextSection, .nextSection]).0.selection == .worker("mailer-1"))
        #expect(reduce([.previousSection]).0.selection == .group("analytics"))
    }

    @Test func clickSelectsWhatWasDrawnThere() {
        var s = ConsoleState()
        s.hitAreas = [HitArea(rect: Rect(x: 10, y: 5, width: 20, height: 1), target: .producer("signups"))]
        _ = s.reduce(.selectAt(x: 15, y: 5), frame: sampleFrame)
        #expect(s.selection == .producer("signups"))
        _ = s.reduce(.selectAt(x: 15, y: 6), frame: sampleFrame)
        #expect(s.selection == .producer("signups"))
    }

    @Test func crashRestartSlowOnAWorker() {
        let w = { () -> ConsoleState in var s = ConsoleState(); s.selection = .worker("mailer-1"); return s }()
        #expect(reduce([.crashSelected], from: w).1 == [.intervene(Intervention(.crash, .worker("mailer-1")))])
        #expect(reduce([.restartSelected], from: w).1 == [.intervene(Intervention(.restart, .worker("mailer-1")))])
        #expect(reduce([.toggleSlowSelected, .answer(5)], from: w).1 == [.intervene(Intervention(.slow(factor: 5), .worker("mailer-1")))])
        // mailer-2 is slow: `s` `1` puts it back to normal.
        var slow = ConsoleState()
        slow.selection = .worker("mailer-2")
        #expect(reduce([.toggleSlowSelected, .answer(1)], from: slow).1 == [.intervene(Intervention(.slow(factor: 1), .worker("mailer-2")))])
    }

    @Test func bracketsScaleThePoolOrGroup() {
        var s = ConsoleState()
        s.selection = .worker("mailer-2")
        #expect(reduce([.moreSelected], from: s).1 == [.intervene(Intervention(.scale(to: 3), .pool("mailer")))])
        #expect(reduce([.lessSelected], from: s).1 == [.intervene(Intervention(.scale(to: 1), .pool("mailer")))])
        s.selection = .member(group: "analytics", name: "analytics-1")
        #expect(reduce([.moreSelected], from: s).1 == [.intervene(Intervention(.scale(to: 3), .group("analytics")))])
    }

    @Test func bracketsChangeAProducersRate() {
        var s = ConsoleState()
        s.selection = .producer("signups")
        #expect(reduce([.moreSelected], from: s).1 == [.intervene(Intervention(.rate(perSecond: 200), .producer("signups")))])
        #expect(reduce([.lessSelected], from: s).1 == [.intervene(Intervention(.rate(perSecond: 50), .producer("signups")))])
        let (after, e) = reduce([.crashSelected], from: s)
        #expect(e.isEmpty)
        #expect(after.message == "signups is a producer: [ and ] change its rate")
    }

    @Test func actingWithNothingSelectedSaysSo() {
        let (s, e) = reduce([.crashSelected])
        #expect(e.isEmpty)
        #expect(s.message == "Select something first: v j or Tab")
    }

    @Test func helpIsModal() {
        let (open, _) = reduce([.toggleHelp])
        #expect(open.showHelp)
        #expect(!reduce([.toggleHelp, .dismiss]).0.showHelp)
        #expect(!reduce([.toggleHelp, .toggleHelp]).0.showHelp)
        // Any other key closes the help and also acts.
        let (s, e) = reduce([.toggleHelp, .togglePause])
        #expect(!s.showHelp && s.paused && e.isEmpty)
        #expect(reduce([.toggleHelp, .quit]).1 == [.quit])
    }

    @Test func writeAndQuitAreEffects() {
        #expect(reduce([.writeScenario]).1 == [.writeScenario])
        #expect(reduce([.quit]).1 == [.quit])
    }

    @Test func aMessageLastsUntilTheNextKey() {
        var s = ConsoleState()
        s.message = "Wrote x"
        _ = s.reduce(.resized, frame: sampleFrame)
        #expect(s.message == "Wrote x")
        _ = s.reduce(.togglePause, frame: sampleFrame)
        #expect(s.message == nil)
    }
}
