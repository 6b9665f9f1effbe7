import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// A queue drained by three workers from a backlog: enough events to make
/// replays meaningful, small enough for a debug build.
func drainWorld(seed: UInt64 = 3) -> World {
    var c = WorldConfig()
    c.seed = seed
    c.stop = .drained
    c.queues = [QueueConfig(name: "jobs")]
    var pool = WorkerPoolConfig(name: "w", queue: 0)
    pool.count = 3
    pool.prefetch = 1
    pool.work = .exponential(mean: 50_000)
    c.workers = [pool]
    var p = ProducerConfig(name: "load", target: .queue(0))
    p.backlog = 2_000
    c.producers = [p]
    return World(config: c)
}

func playback(_ w: World = drainWorld()) -> Playback {
    Playback(world: w, end: SimTime(micros: 3_600_000_000), stopWhenDrained: true, interval: .secs(1))
}

/// What a user reads of the queue and workers.
func reading(_ p: Playback) -> [Int64] {
    let w = p.world
    return [w.now.micros, w.queues[0].readyCount, w.queues[0].unacked, w.queues[0].counters.acked,
            w.queues[0].counters.redelivered] + w.workers.map(\.processed)
}

@Suite("Playback")
struct PlaybackTests {
    @Test func samplesAtEachIntervalFromZero() {
        var p = playback()
        p.advance(to: SimTime(micros: 5_500_000))
        #expect(p.history.times.map(\.micros) == [0, 1, 2, 3, 4, 5].map { $0 * 1_000_000 })
        #expect(p.now.micros == 5_500_000)
    }

    @Test func seekingBackRestoresExactlyTheEarlierState() {
        var p = playback()
        p.advance(to: SimTime(micros: 12_300_000))
        let earlier = reading(p)
        let earlierDepth = p.history.depth("jobs")
        p.advance(to: SimTime(micros: 25_000_000))
        p.seek(to: SimTime(micros: 12_300_000))
        #expect(reading(p) == earlier)
        #expect(p.history.depth("jobs") == earlierDepth)
    }

    @Test func aChunkedAdvanceEqualsOneStraightAdvance() {
        var a = playback(), b = playback()
        var calls = 0
        // Tiny chunks and a budget that runs out every other call: many frames.
        while !a.advance(to: SimTime(micros: 9_000_000), chunk: 7, keepGoing: { calls += 1; return calls % 2 == 0 }) {}
        b.advance(to: SimTime(micros: 9_000_000))
        #expect(reading(a) == reading(b))
    }

    @Test func interactiveActionsReplayAfterASeekBack() {
        var p = playback()
        p.advance(to: SimTime(micros: 4_000_000))
        p.inject(.crash(.worker(pool: 0, index: 1), downFor: nil))
        p.advance(to: SimTime(micros: 8_000_000))
        let live = reading(p)
        p.seek(to: SimTime(micros: 1_000_000))
        #expect(p.world.workers[1].crashes == 0)
        p.seek(to: SimTime(micros: 8_000_000))
        #expect(reading(p) == live)
        #expect(p.world.workers[1].crashes == 1)
        #expect(p.interactive.map(\.at.micros) == [4_000_000])
    }

    @Test func restartGoesToZeroAndKeepsActions() {
        var p = playback()
        p.advance(to: SimTime(micros: 3_000_000))
        p.inject(.slow(.workerPool(0), factor: 5))
        p.restart()
        #expect(p.now == .zero)
        #expect(p.interactive.count == 1)
        p.advance(to: SimTime(micros: 3_500_000))
        #expect(p.world.workers.allSatisfy { $0.slowFactor == 5 })
    }

    @Test func aDrainedRunFinishesAndASeekBackUnfinishesIt() {
        var p = playback()
        p.advance(to: .never)
        #expect(p.finished)
        #expect(p.world.queues[0].counters.acked == 2_000)
        let end = p.now
        p.seek(to: SimTime(micros: 2_000_000))
        #expect(!p.finished)
        p.advance(to: .never)
        #expect(p.finished && p.now == end)
    }

    @Test func checkpointsStayBounded() {
        var p = Playback(world: drainWorld(), end: SimTime(micros: 3_600_000_000), stopWhenDrained: true,
                         interval: .millis(10))
        p.advance(to: .never)
        #expect(p.checkpoints.count <= Playback.maxCheckpoints)
    }

    /// Asking for an instant already passed (halt times taken in file order, not time order)
    /// returned never: the loop waited for a clean stop behind the world's clock.
    @Test func aTargetAlreadyPassedReturnsAtOnceAndChangesNothing() {
        var p = playback()
        p.advance(to: SimTime(micros: 5_000_000))
        let before = reading(p)
        let reached = p.advance(to: SimTime(micros: 2_000_000))
        #expect(reached)
        #expect(reading(p) == before)
    }

    @Test func stepMovesToTheNextSample() {
        var p = playback()
        p.advance(to: SimTime(micros: 2_400_000))
        p.step()
        #expect(p.now.micros == 3_000_000)
    }

    @Test func intervalsFitTheRunLength() {
        #expect(History.interval(forRunLength: nil) == .secs(1))
        #expect(History.interval(forRunLength: .secs(600)) == .secs(5))
        #expect(History.interval(forRunLength: .secs(7 * 86_400)) == .secs(3_600))
    }
}
