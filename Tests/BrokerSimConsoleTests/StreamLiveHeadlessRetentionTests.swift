import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimScenario
import Testing

/// The console stops the world at frames and samples; the headless run only at its own events.
/// Reading the world must never change what is simulated: with time-rolled segments (a segment
/// size no hourly segment reaches) segments roll at the same records and retention deletes at
/// the same checks live and headless. Records were stamped per closed-form span (the first at
/// the span's start), so a headless run rolled on the hour where a console run rolled a few
/// milliseconds later, and a retention check exactly a day on deleted a segment or not:
/// lost_to_retention 86.4M headless, 83.4M live.
@Suite("Stream: retention live and headless")
struct StreamLiveHeadlessRetentionTests {
    static func timeRolled(_ variant: Int) throws -> WorldConfig {
        var cfg = try ScenarioLoader.load("retention-cliff").variants[variant].config
        for t in cfg.topics.indices { cfg.topics[t].segmentBytes = 4 << 30 }
        return cfg
    }

    static func segments(_ w: World) -> [String] {
        w.stream.topics.flatMap { $0.partitions.flatMap { p in
            p.segments.map { "\($0.base) \($0.count) \($0.firstTime.micros) \($0.lastTime.micros)" } } }
    }

    @Test("time-rolled segments are the same however often the world was stopped on the way", arguments: 0...3)
    func segmentsDoNotDependOnStops(pattern: Int) throws {
        let cfg = try Self.timeRolled(0)
        let end = SimTime.zero + .secs(6 * 3600)
        var headless = World(config: cfg)
        headless.advance(to: end)
        var looked = World(config: cfg)
        var rng = SplitMix64(seed: UInt64(pattern))
        var t = SimTime.zero
        while t < end {
            let step: Int64
            switch pattern {
            case 0: step = t > .zero + .secs(100) ? 60_000_000 : Int64(rng.below(1_000)) + 1
            case 1: step = Int64(rng.below(100_000)) + 1
            case 2: step = Int64(rng.below(200_000_000)) + 1
            default: step = rng.below(2) == 0 ? 100_000 : Int64(rng.below(120_000_000)) + 1
            }
            t = min(end, t + SimDuration(micros: step))
            looked.advance(to: t)
        }
        #expect(Self.segments(headless) == Self.segments(looked), "pattern \(pattern)")
    }

    @Test("retention-cliff with time-rolled segments loses the same records to retention in a console playback and headless")
    func timeRolledRetentionAgrees() throws {
        for v in 0..<3 {
            let cfg = try Self.timeRolled(v)
            guard case .after(let d) = cfg.stop else { continue }
            let end = SimTime.zero + d
            var headless = World(config: cfg)
            headless.advance(to: end)
            var pb = Playback(world: World(config: cfg), end: end, stopWhenDrained: false,
                              interval: History.interval(forRunLength: d))
            // Frames at 3600×: about two simulated minutes each, at odd instants, with the
            // playback's own stops (samples, the last second's rate grid) in between.
            var rng = SplitMix64(seed: 8)
            var t = SimTime.zero
            while !pb.finished {
                t = t + SimDuration(micros: 100_000_000 + Int64(rng.below(40_000_000)))
                pb.advance(to: t, chunk: 5_000)
            }
            let live = pb.world
            for g in cfg.groups.indices {
                let a = headless.stream.groups[g].counters, b = live.stream.groups[g].counters
                #expect(a.lostToRetention == b.lostToRetention, "variant \(v): headless \(a.lostToRetention) live \(b.lostToRetention)")
                #expect(a.skipped == b.skipped, "variant \(v)")
            }
            #expect(Self.segments(headless) == Self.segments(live), "variant \(v)")
            #expect(headless.stream.topics[0].partitions.map(\.logStart) == live.stream.topics[0].partitions.map(\.logStart))
        }
    }
}
