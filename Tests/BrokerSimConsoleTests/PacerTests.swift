import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

@Suite("Pacer")
struct PacerTests {
    let second: Int64 = 1_000_000

    func until(_ t: PaceTarget) -> Int64? {
        if case .until(let s) = t { return s.micros }
        return nil
    }

    @Test func oneTimesFollowsTheWallClock() {
        let p = Pacer(speed: .times(1), wall: 5 * second)
        #expect(until(p.target(wall: 5 * second)) == 0)
        #expect(until(p.target(wall: 6 * second)) == second)
    }

    @Test func speedMultipliesElapsedWallTime() {
        let p = Pacer(speed: .times(10), sim: SimTime(micros: 3 * second), wall: 0)
        #expect(until(p.target(wall: second / 2)) == 8 * second)
    }

    @Test func pauseFreezesTheClockAndResumeDoesNotJump() {
        var p = Pacer(speed: .times(1), wall: 0)
        p.togglePause(sim: SimTime(micros: 2 * second), wall: 2 * second)
        #expect(p.isPaused)
        #expect(until(p.target(wall: 100 * second)) == 2 * second)
        p.togglePause(sim: SimTime(micros: 2 * second), wall: 100 * second)
        #expect(until(p.target(wall: 101 * second)) == 3 * second)
    }

    @Test func changingSpeedKeepsTheClockContinuous() {
        var p = Pacer(speed: .times(1), wall: 0)
        p.faster(sim: SimTime(micros: second), wall: second)
        #expect(p.speed == .times(2))
        #expect(until(p.target(wall: second)) == second)
        #expect(until(p.target(wall: 2 * second)) == 3 * second)
    }

    @Test func maxIsUnboundedAndRebaseFollowsTheWorld() {
        var p = Pacer(speed: .max, wall: 0)
        #expect(p.target(wall: second) == .unbounded)
        p.setSpeed(.times(100), sim: SimTime(micros: 50 * second), wall: second)
        // The world fell behind the target: rebase where it really is.
        p.rebase(sim: SimTime(micros: 60 * second), wall: 2 * second)
        #expect(until(p.target(wall: 3 * second)) == 160 * second)
    }

    @Test func aHugeTargetSaturatesInsteadOfOverflowing() {
        let p = Pacer(speed: .times(10_000), sim: SimTime(micros: .max - 10), wall: 0)
        #expect(until(p.target(wall: second)) == .max)
    }

    @Test func ladderFromSlowestToMax() {
        var s = Speed.times(0.1)
        var labels = [s.label(times: "x")]
        while s != .max {
            s = s.faster
            labels.append(s.label(times: "x"))
        }
        #expect(labels == ["0.1x", "0.2x", "0.5x", "1x", "2x", "5x", "10x", "20x", "50x", "100x", "200x", "500x",
                           "1,000x", "2,000x", "5,000x", "10,000x", "max"])
        #expect(Speed.max.slower == .times(10_000))
        #expect(Speed.times(0.1).slower == .times(0.1))
    }

    @Test func offLadderSpeedsStepToTheNeighbours() {
        let s = Speed.clamped(3)
        #expect(s == .times(3))
        #expect(s.faster == .times(5))
        #expect(s.slower == .times(2))
        #expect(Speed.clamped(0.01) == .times(0.1))
        #expect(Speed.clamped(1e9) == .times(10_000))
        #expect(Speed.times(2.5).label() == "2.5×")
        #expect(Speed.times(0.25).label() == "0.25×")
    }
}
