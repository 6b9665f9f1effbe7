import BrokerSimCore
import BrokerSimScenario
import BrokerSimSnapshot
import Foundation
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// A group's badge and catch-up time come from one rule over the readings a snapshot carries:
/// a simulation's own screen and a recording of that simulation's snapshots, replayed, say
/// the same of every group.
@Suite("The same group health from any source")
struct SameGroupHealthAnySourceTests {
    /// clickstream at these instants (seconds): ml and audit waiting, ml falling behind from 1 h,
    /// audit recovering from day 1 and caught up by day 3; at 4 d an analytics member is slowed
    /// to half speed (250k/s for its ~333k/s), and analytics falls behind.
    static let instants: [Int64] = [1_800, 7_200, 90_000, 150_000, 200_000, 250_000, 330_000, 350_000, 400_000, 500_000]
    static let slowAt: Int64 = 345_600

    static let size = GridSize(width: 200, height: 60)

    /// The badge and the time on a group's line, as the screen writes them (`recovering eta 1d02h`).
    static func badge(_ f: Frame, _ group: String) -> String {
        let text = ConsoleView.render(state: ConsoleState(paused: true), frame: f, size: size, glyphs: .unicode).grid.text
        guard let g = f.groups.first(where: { $0.name == group }),
              let row = text.split(separator: "\n").first(where: { $0.contains(" \(group) lag ") || $0.contains(" \(group) unread ") }),
              let at = row.range(of: g.health.rawValue) else { return "" }
        return row[at.lowerBound...].prefix { $0 != "│" }.split(separator: " ").joined(separator: " ")
    }

    @Test func aSimulationAndTheRecordingOfItsSnapshotsShowTheSameBadgesAndCatchUpTimes() throws {
        let sc = try ScenarioLoader.load("clickstream")
        let analytics = try #require(sc.config.groups.firstIndex { $0.name == "analytics" })
        var p = Playback(world: World(config: sc.config), end: .zero + .secs(600_000), stopWhenDrained: false,
                         interval: .secs(3_600))
        var frames: [Frame] = [], lines = ""
        for t in Self.instants {
            if t > Self.slowAt && p.now < .zero + .secs(Self.slowAt) {
                p.advance(to: .zero + .secs(Self.slowAt))
                p.inject(.slow(.member(group: analytics, index: 0), factor: 2))
            }
            p.advance(to: .zero + .secs(t))
            frames.append(Frame(world: p.world, history: p.history, title: sc.title))
            lines += SnapshotRecording.line(p.world.snapshot())
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("same-health-\(UUID().uuidString).jsonl").path
        try lines.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = RecordingSource(try SnapshotRecording.read(path: path).get())

        var seen: Set<String> = []
        for (k, t) in Self.instants.enumerated() {
            let sim = frames[k], replay = SameNumbersAnySourceTests.replayed(source, at: k)
            for g in sim.groups {
                let r = try #require(replay.groups.first { $0.name == g.name }, "\(g.name) at \(t) s")
                #expect(r.health == g.health, "\(g.name) at \(t) s: \(g.health) / \(r.health)")
                #expect(r.catchUpSeconds == g.catchUpSeconds, "\(g.name) at \(t) s")
                #expect(r.unread == g.unread && r.lag == g.lag, "\(g.name) at \(t) s")
                let text = Self.badge(sim, g.name)
                #expect(!text.isEmpty && text == Self.badge(replay, g.name), "\(g.name) at \(t) s: \(text)")
                seen.insert(text.hasPrefix("recovering eta ") ? "recovering eta" : text)
            }
        }
        // Every badge the rule gives, and the states around it, were compared.
        #expect(seen == ["waiting", "keeping up", "falling behind", "recovering eta"], "\(seen)")
        #expect(Self.badge(frames[Self.instants.count - 1], "analytics") == "falling behind")
    }
}
