import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// The depth sparkline covers the whole run at any terminal width: a backlog drained in the
/// first seconds of a twenty-minute run is still the tall column at the left at 80 and at 200
/// columns, and the quiet queue after it is the lowest bar, `▁`.
@Suite("Sparklines show the whole run")
struct SparklineWindowTests {
    static let levels = Array("▁▂▃▄▅▆▇█")

    /// 3,000 emails at once, drained in about 3 s, then 2 a second that one worker clears at once.
    static func earlySpike(seconds: Int64) -> Playback {
        var c = WorldConfig()
        c.seed = 7
        c.queues = [QueueConfig(name: "emails")]
        var pool = WorkerPoolConfig(name: "mailer", queue: 0)
        pool.prefetch = 10
        pool.work = .constant(1_000)
        c.workers = [pool]
        var p = ProducerConfig(name: "signups", target: .queue(0))
        p.backlog = 3_000
        p.rate = 2
        c.producers = [p]
        c.stop = .after(.secs(seconds))
        // One sample a second, as for a drained run, so the history must merge to keep the start.
        var play = Playback(world: World(config: c), end: .zero + .secs(seconds), stopWhenDrained: false, interval: .secs(1))
        play.advance(to: .zero + .secs(seconds))
        return play
    }

    /// The run of sparkline glyphs on the queue's bar row (after `no max, bar …`).
    static func depthSparkline(_ p: Playback, size: GridSize) -> [Character] {
        var s = ConsoleState()
        s.paused = true
        let text = ConsoleView.render(state: s, frame: Frame(world: p.world, history: p.history, title: "spike"),
                                      size: size, glyphs: .unicode).grid.text
        guard let line = text.split(separator: "\n").first(where: { $0.contains("no max, bar") }) else { return [] }
        let after = line[line.range(of: "no max, bar")!.upperBound...]
        return Array(after.drop { !levels.contains($0) }.prefix { levels.contains($0) })
    }

    @Test("a spike in the first seconds of a 20-minute run is on the sparkline at 80 and at 200 columns")
    func earlySpikeAtEveryWidth() {
        let p = Self.earlySpike(seconds: 1_200)
        #expect(p.history.samplesPerPoint > 1, "twenty minutes of one-second samples were merged")
        #expect(p.history.times.count <= 2 * History.capacity)
        #expect(p.history.depth("emails").first ?? 0 > 2_000, "the first point still holds the backlog")
        for size in [GridSize(width: 80, height: 24), GridSize(width: 200, height: 60)] {
            let spark = Self.depthSparkline(p, size: size)
            #expect(spark.count >= 8, "a sparkline at \(size.width) columns")
            let first = spark.first.flatMap { Self.levels.firstIndex(of: $0) } ?? 0
            #expect(first >= 4, "the backlog is the tall first column at \(size.width): \(String(spark))")
            #expect(spark.suffix(spark.count / 2).allSatisfy { $0 == "▁" },
                    "the quiet queue after it is the lowest bar at \(size.width): \(String(spark))")
        }
    }

    @Test("merging keeps the largest of each pair and the later instant")
    func mergingKeepsPeaks() {
        let p = Self.earlySpike(seconds: 600)
        #expect(p.history.samplesPerPoint == 2)
        #expect(p.history.times.first == SimTime.zero + .secs(1), "the first point ends at the second sample")
        #expect(p.history.times.last == SimTime.zero + .secs(600))
    }
}
