import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import Testing

/// Whole screens of the stream and sync sides, drawn from real runs of the
/// built-in scenarios (the frames come from the world, not from code).
@Suite("Whole screens: the ledger and the services")
struct StreamScreenGoldenTests {
    static let small = GridSize(width: 80, height: 24)
    static let large = GridSize(width: 120, height: 40)

    @Test func queueVsStreamAfterTheCrash() throws {
        for size in [Self.small, Self.large] {
            let text = try screen("queue-vs-stream", at: 90, size: size)
            // Both sides lost a consumer at 1m: a crashed mailer, a crashed billing member.
            #expect(text.contains("✖ mailer-2 crashed"))
            #expect(text.contains("crashed, holds p0,p1"))
            #expect(text.contains("falling behind"))
            Golden.check(text, named: "queue-vs-stream-90s-\(size)")
        }
    }

    /// What the scenario's `about:` promises: restart billing-1 and billing recovers.
    @Test func restartingBillingOneLetsBillingRecover() throws {
        func billing(_ text: String) -> String { text.split(separator: "\n").first { $0.contains("b billing lag") }.map(String.init) ?? "" }
        let without = try screen("queue-vs-stream", at: 150, size: Self.large)
        #expect(billing(without).contains("falling behind"))
        let restarted = try screen("queue-vs-stream", at: 150, size: Self.large,
                                   actions: [(90, .restart(.member(group: 1, index: 0)))])
        #expect(billing(restarted).contains("recovering") || billing(restarted).contains("keeping up"))
        #expect(restarted.contains("● billing-1 p"))
    }

    @Test func clickstreamWithVisibleLag() throws {
        for size in [Self.small, Self.large] {
            let text = try screen("clickstream", at: 2 * 86_400, size: size)
            #expect(text.contains("c audit"))
            #expect(text.contains("b ml"))
            #expect(text.contains("falling behind"))
            Golden.check(text, named: "clickstream-2d-\(size)")
        }
    }

    @Test func retentionCliffMarkerOffTheLeftEdge() throws {
        for size in [Self.small, Self.large] {
            let text = try screen("retention-cliff", at: 36 * 3_600, size: size)
            // The group's bookmark is below the log start: the tape starts with the lost glyph,
            // after the log start offset (finding 15: where retention has cut).
            #expect(text.contains("p0 20.9M ◀"))
            #expect(text.contains("lost "))
            #expect(text.contains("down"))
            Golden.check(text, named: "retention-cliff-36h-\(size)")
        }
    }

    @Test func syncTrapBothVariantsSideBySide() throws {
        let text = try variantScreen("sync-trap", at: 45, size: GridSize(width: 160, height: 40))
        #expect(!text.contains("no queues"))
        #expect(text.contains("email-api-1 crashed"))
        #expect(text.contains("FAILING"))
        Golden.check(text, named: "sync-trap-variants-160x40")
    }

    @Test func syncTrapSpinning() throws {
        for size in [Self.small, Self.large] {
            let text = try variantScreen("sync-trap", at: 30, size: size, only: "sync")
            #expect(text.contains("TIMEOUTS"))
            #expect(text.contains("line "))
            Golden.check(text, named: "sync-trap-sync-30s-\(size)")
        }
    }
}
