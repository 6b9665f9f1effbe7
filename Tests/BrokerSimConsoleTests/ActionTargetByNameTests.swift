import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimScenario
import BrokerSimUnits
import Testing
@testable import BrokerSimConsole

/// A key's action goes to the thing named on screen, found in the run by its name: a group's
/// members listed on screen leave out those that left, so a position there is not the run's.
@Suite("Actions find their target in the run by name")
struct ActionTargetByNameTests {
    static let yaml = """
        title: "a group scaled down and up"
        seed: 3
        stop: 2m
        topics:
          orders: {partitions: 6}
        producers:
          shop: {to: orders, rate: 50/s}
        groups:
          billing: {topic: orders, consumers: 3, work: 2ms}
        """

    @Test func crashingAMemberAddedAfterOthersLeftCrashesThatMember() throws {
        let sc = try ScenarioLoader.parse(text: Self.yaml, file: "scaled.yaml", name: "scaled")
        var p = Playback(world: World(config: sc.config), end: .zero + .secs(120), stopWhenDrained: false, interval: .secs(1))
        p.advance(to: .zero + .secs(5))
        for (n, at) in [(2, 10), (3, 20)] {
            p.inject(try #require(Intervention(.scale(to: n), .group("billing")).timelineAction(in: p.world)))
            p.advance(to: .zero + .secs(Int64(at)))
        }
        var frame = Frame(world: p.world, history: p.history, title: sc.title)
        // billing-3 left; the one added after is billing-4, third on screen.
        let billing = try #require(frame.groups.first { $0.name == "billing" })
        #expect(billing.members.map(\.name) == ["billing-1", "billing-2", "billing-4"])
        let action = try #require(Intervention(.crash, .member("billing-4")).timelineAction(in: p.world))
        #expect(action == .crash(.member(group: 0, index: 3), downFor: nil))
        p.inject(action)
        p.advance(to: .zero + .secs(21))
        frame = Frame(world: p.world, history: p.history, title: sc.title)
        let after = try #require(frame.groups.first { $0.name == "billing" }).members
        #expect(after.map { "\($0.name) \($0.alive)" } == ["billing-1 true", "billing-2 true", "billing-4 false"])
        // A member that left is no target: nothing of that name is in the run.
        #expect(Intervention(.crash, .member("billing-3")).timelineAction(in: p.world) == nil)
    }
}
