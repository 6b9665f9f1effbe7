@testable import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Testing

/// The share-group scenario on screen: the group is a band of in-flight records on each tape
/// and its members show what is locked to them.
@Suite("Share groups on screen")
struct ShareGroupScreenTests {
    @Test func shareGroupWhileALockRunsOut() throws {
        let small = try screen("share-group", at: 50, size: ScreenGoldenTests.small)
        let large = try screen("share-group", at: 50, size: ScreenGoldenTests.large)
        #expect(large.contains("▒"), "the in-flight band")
        #expect(large.contains("✖2 crashed, holds 20"))
        #expect(large.contains(" (20s) unread"), "the oldest record not done was written when pickers-2 took it, 20 s ago")
        Golden.check(small, named: "share-group-50s-80x24")
        Golden.check(large, named: "share-group-50s-120x40")
    }
}

/// The group line says what the report says: `accepted` and `redelivered` of a share group, at
/// full width, and at 80×24 in one pane; a narrow pane gives up `accepted` before `redelivered`.
@Suite("Share groups: accepted and redelivered on the group line")
struct ShareGroupCountsTests {
    @Test func theGroupLineShowsTheReportsAcceptedAndRedelivered() throws {
        var w = World(config: try ScenarioLoader.load("share-group").config)
        _ = w.advance(to: SimTime(micros: 50_000_000))
        let report = Report.sections(w)
        guard case .int(let accepted)? = report.value(at: ["groups", "pickers", "accepted"]),
              case .int(let redelivered)? = report.value(at: ["groups", "pickers", "redelivered"])
        else { Issue.record("no pickers in the report"); return }
        #expect(accepted > 5_000 && redelivered > 0)
        func line(_ size: GridSize) throws -> String {
            try #require(try screen("share-group", at: 50, size: size).split(separator: "\n").first { $0.contains("a pickers") }).description
        }
        let large = try line(ScreenGoldenTests.large)
        #expect(large.contains(" (20s) unread 58  accepted \(CompactNumber.format(accepted))  redelivered \(CompactNumber.format(redelivered)) "), "\(large)")
        // 80 columns: `accepted` gives way whole, the time and `redelivered` stay.
        let small = try line(ScreenGoldenTests.small)
        #expect(small.contains(" (20s) unread 58  redelivered \(CompactNumber.format(redelivered)) "), "\(small)")
        #expect(!small.contains("accepted"))
    }

    @Test func aNarrowLineDropsAcceptedBeforeRedeliveredAndBothBeforeTheTime() {
        var g = GroupReading(name: "pickers", topic: "picks", lag: 4_081, unread: 58, lagSeconds: 20)
        g.accepted = 9_650
        g.redelivered = 312
        let full = StreamPanel.numbers(g, fitting: .max)
        #expect(full == " lag 4,081 (20s) unread 58  accepted 9,650  redelivered 312")
        #expect(StreamPanel.numbers(g, fitting: full.columns - 1) == " lag 4,081 (20s) unread 58  redelivered 312")
        #expect(StreamPanel.numbers(g, fitting: 42) == " lag 4,081 (20s) unread 58")
        #expect(StreamPanel.numbers(g, fitting: 24) == " lag 4,081 unread 58")
        // A consumer group has neither (it commits offsets, it does not accept records).
        #expect(!StreamPanel.numbers(GroupReading(name: "billing", topic: "orders", lag: 5), fitting: .max).contains("accepted"))
    }
}
