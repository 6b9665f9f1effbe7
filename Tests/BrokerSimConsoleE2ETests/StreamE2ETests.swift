import Foundation
import Testing

/// The stream side in a real terminal: groups are shown from the run, and a
/// consumer crashed from the keyboard changes its group's badge.
@Suite("Stream console in a terminal", .serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct StreamE2ETests {
    /// The row of group `name` (`b billing lag … keeping up`).
    static func groupRow(_ screen: String, _ letterAndName: String) -> String {
        screen.split(separator: "\n").map(String.init).first { $0.contains(letterAndName + " lag") } ?? ""
    }

    @Test func crashAGroupMemberFromTheKeyboard() throws {
        let t = try Tmux()
        t.start(Binary.url, "run queue-vs-stream --speed 4")
        // Every group is on screen; billing starts at the log end (from: latest) and keeps up.
        let running = t.waitFor("billing keeping up") {
            $0.contains("billing starts at the log end") && Self.groupRow($0, "b billing").contains("keeping up")
                && $0.contains("a analytics") && $0.contains("c audit") && $0.contains("clicks")
        }
        #expect(running.contains("a analytics"))
        #expect(running.contains("c audit"))
        #expect(running.contains("clicks"))
        t.keys("Space")
        t.waitFor("PAUSED") { $0.contains("PAUSED") }
        // Tab to the workers, Tab to the groups, then down to billing's first consumer.
        t.keys("Tab")
        t.waitFor("a worker selected") { $0.contains("c crash mailer-1") }
        t.keys("Tab")
        t.waitFor("a group selected") { $0.contains("crash analytics") }
        for _ in 0..<5 { t.keys("Down") }
        t.waitFor("billing-1 selected") { $0.contains("c crash billing-1") }
        t.keys("c")
        let crashed = t.waitFor("billing-1 crashed") { $0.contains("crashed, holds") && $0.contains("billing-1 crashed") }
        #expect(crashed.contains("billing-1 crashed"))
        // Its partitions wait for the session timeout: billing-2 alone cannot keep up.
        t.keys("Right", "Right", "Right")
        let behind = t.waitFor("billing falling behind") {
            Self.groupRow($0, "b billing").contains("falling behind") && Self.groupRow($0, "a analytics").contains("keeping up")
        }
        #expect(Self.groupRow(behind, "a analytics").contains("keeping up"))
        t.keys("q")
        t.expectShellUsable(exit: 0)
    }
}
