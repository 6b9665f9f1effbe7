import BrokerSimCore
import Testing
@testable import BrokerSimScenario

@Suite("Distributions, key spaces, commit modes")
struct DistributionTests {
    @Test("work-time distributions in microseconds", arguments: [
        ("50ms", Distribution.constant(50_000)),
        ("exp(50ms)", .exponential(mean: 50_000)),
        ("uniform(20ms, 80ms)", .uniform(low: 20_000, high: 80_000)),
        ("uniform(20ms,80ms)", .uniform(low: 20_000, high: 80_000)),
        ("normal(50ms, 10ms)", .normal(mean: 50_000, sd: 10_000)),
        ("lognormal(50ms, 0.5)", .lognormal(median: 50_000, sigma: 0.5)),
        ("0.25", .constant(250_000)),
    ])
    func duration(text: String, expected: Distribution) throws {
        #expect(try Units.distribution(text, .duration).get() == expected)
    }

    @Test("size distributions in bytes", arguments: [
        ("1KB", Distribution.constant(1024)), ("exp(1KB)", .exponential(mean: 1024)),
        ("uniform(512B, 2KB)", .uniform(low: 512, high: 2048)),
    ])
    func size(text: String, expected: Distribution) throws {
        #expect(try Units.distribution(text, .size).get() == expected)
    }

    @Test("bad distributions", arguments: [
        ("expo(5ms)", "unknown distribution 'expo' in 'expo(5ms)' (expected exp, uniform, normal or lognormal)"),
        ("uniform(5ms)", "'uniform' takes 2 arguments, found 1 in 'uniform(5ms)'"),
        ("exp(1ms, 2ms)", "'exp' takes 1 argument, found 2 in 'exp(1ms, 2ms)'"),
        ("exp(5mz)", "unknown unit 'mz' in duration '5mz'"),
        ("uniform(80ms, 20ms)", "uniform low '80ms' is above high '20ms'"),
        ("lognormal(50ms, -1)", "negative sigma '-1' in 'lognormal(50ms, -1)'"),
        ("exp(5ms", "invalid distribution 'exp(5ms': expected a duration, exp(x), uniform(a, b), normal(mean, sd) or lognormal(median, sigma)"),
    ])
    func bad(text: String, message: String) {
        #expect(Units.distribution(text, .duration) == .failure(UnitError(message)))
    }

    @Test func keySpaces() throws {
        #expect(try Units.keySpace("users(100k)").get() == .users(100_000))
        #expect(try Units.keySpace("hot(1000, 0.2, 0.8)").get() == .hot(1000, keyShare: 0.2, trafficShare: 0.8))
        #expect(try Units.keySpace("hot(1000, 20%, 80%)").get() == .hot(1000, keyShare: 0.2, trafficShare: 0.8))
        #expect(try Units.keySpace("none").get() == KeySpace.none)
        #expect(Units.keySpace("users") == .failure(UnitError(
            "invalid key 'users': expected users(N) or hot(N, key share, traffic share)")))
        #expect(Units.keySpace("hot(10, 2, 0.8)") == .failure(UnitError("share '2' is not between 0 and 1 (0% and 100%)")))
    }

    @Test func commitModes() throws {
        #expect(try Units.commitMode("auto(5s)").get() == .auto(interval: .secs(5)))
        #expect(try Units.commitMode("auto(100ms)").get() == .auto(interval: .millis(100)))
        #expect(try Units.commitMode("auto").get() == .auto(interval: .secs(5)))
        #expect(try Units.commitMode("after-batch").get() == .afterBatch)
        #expect(try Units.commitMode("before-batch").get() == .beforeBatch)
        #expect(Units.commitMode("sometimes") == .failure(UnitError(
            "invalid commit 'sometimes': expected auto(INTERVAL), after-batch or before-batch")))
    }
}
