import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Testing

/// Findings 9, 15, 16 and the review's restart: numbers and words the stream screen owes a reader.
@Suite("Stream: what the screen says")
struct StreamScreenTruthTests {
    static let wide = GridSize(width: 200, height: 60)

    /// The screen of one variant of a built-in at `seconds`, and its world.
    static func variant(_ name: String, _ variant: String?, at seconds: Double,
                        actions: [(Double, TimelineAction)] = []) throws -> (text: String, world: World) {
        let sc = try ScenarioLoader.load(name)
        let cfg = variant.flatMap { v in sc.variants.first { $0.name == v }?.config } ?? sc.config
        var p = Playback(world: World(config: cfg), end: .zero + .secs(10 * 86_400), stopWhenDrained: false,
                         interval: .secs(1))
        for (t, a) in actions {
            p.advance(to: .zero + .seconds(t))
            p.inject(a)
        }
        p.advance(to: .zero + .seconds(seconds))
        let f = Frame(world: p.world, history: p.history, title: name)
        var s = ConsoleState()
        s.paused = true
        return (ConsoleView.render(state: s, frame: f, size: wide, glyphs: .unicode).grid.text, p.world)
    }

    /// Finding 9: during mailer-1's slow batch the group removed it; it is still sending that
    /// batch, so it is not `idle`. And the duplicates the caption promises are on the line.
    @Test func aRemovedMemberStillSendingItsBatchSaysSo() throws {
        let (text, _) = try Self.variant("kafka-for-emails", "retry", at: 80)
        #expect(text.contains("mailer-1 removed, still sending its batch"), "\(text)")
        let (later, _) = try Self.variant("kafka-for-emails", "retry", at: 150)
        let line = later.split(separator: "\n").first { $0.contains("a mailer ") } ?? ""
        #expect(line.contains("duplicates "), "\(line)")
        #expect(line.contains("failed "), "\(line)")
    }

    /// Finding 16: `from: none` reads as a stop with a reason, not as `down`.
    @Test func noneShowsStoppedOffsetOutOfRange() throws {
        let (text, world) = try Self.variant("retention-cliff", "none", at: 10)
        #expect(world.stream.groups[0].stopped)
        #expect(text.contains("STOPPED: offset out of range"))
        #expect(text.contains("ERROR invoices: no committed offset on billing-0 and from: none"))
    }

    /// Findings 15 and 16: the first deletion and the first `◀` each get a feed line, at the
    /// retention check that causes them; the tape shows where the log now starts.
    @Test func retentionsFirstCutAndTheFirstFallOffAreInTheFeed() throws {
        let (text, world) = try Self.variant("retention-cliff", "earliest", at: 30 * 3_600)
        let cut = world.feed.first { $0.text.hasPrefix("retention deleted billing's oldest records for the first time") }
        let off = world.feed.first { $0.text.hasPrefix("invoices fell off the log start of billing-") }
        #expect(cut != nil && off != nil)
        if let cut, let off { #expect(cut.at < off.at) }
        #expect(world.feed.filter { $0.text.hasPrefix("invoices fell off") }.count == 1)
        let start = CompactNumber.format(world.stream.topics[0].partitions[0].logStart)
        #expect(world.stream.topics[0].partitions[0].logStart > 0)
        #expect(text.contains("p0 \(start) ◀"), "\(text)")
    }

    /// `from: latest` shows what it skipped at the first assignment.
    @Test func latestShowsWhatItSkipped() throws {
        let (text, world) = try Self.variant("queue-vs-stream", nil, at: 20)
        let skipped = world.stream.groups[0].counters.skipped
        #expect(skipped > 2_000)
        #expect(text.contains("skipped \(CompactNumber.format(skipped))"), "\(text)")
    }

    /// The review's restart: billing-1 restarted 10 s after its crash; 35 s later its old
    /// session times out. The line says it is the old incarnation, not the restart failing.
    @Test func theOldIncarnationsTimeoutReadsAsTheOldOne() throws {
        let sc = try ScenarioLoader.load("queue-vs-stream")
        let billing = try #require(sc.config.groups.firstIndex { $0.name == "billing" })
        let (_, world) = try Self.variant("queue-vs-stream", nil, at: 110,
                                          actions: [(70, .restart(.member(group: billing, index: 0)))])
        let lines = world.feed.map(\.text)
        #expect(lines.contains("billing-1's old session (from before its crash) timed out: the group rebalances, the restarted billing-1 included"))
        #expect(!lines.contains("billing-1's session timed out: the group rebalances without it"))
    }
}
