import BrokerSimCore
import Testing
@testable import BrokerSimScenario

@Suite("Unit grammar")
struct UnitsTests {
    @Test("durations", arguments: [
        ("1.5s", 1_500_000), ("250ms", 250_000), ("10us", 10), ("1m", 60_000_000), ("2h", 7_200_000_000),
        ("1d", 86_400_000_000), ("1w", 604_800_000_000), ("30", 30_000_000), ("0", 0), ("010", 10_000_000),
        ("0.0000005s", 1), ("0.0000004s", 0), ("1.0000015s", 1_000_002), ("0.5ms", 500), ("1.25m", 75_000_000),
    ] as [(String, Int64)])
    func duration(text: String, micros: Int64) throws {
        #expect(try Units.duration(text).get() == SimDuration(micros: micros))
    }

    @Test("bad durations", arguments: [
        ("5mz", "unknown unit 'mz' in duration '5mz'"),
        ("1M", "unknown unit 'M' in duration '1M'"),
        ("1:30", "invalid duration '1:30': expected a number with a unit (us, ms, s, m, h, d, w)"),
        ("yes", "invalid duration 'yes': expected a number with a unit (us, ms, s, m, h, d, w)"),
        ("-5s", "negative duration '-5s'"),
        ("1 s", "invalid duration '1 s': expected a number with a unit (us, ms, s, m, h, d, w)"),
    ])
    func badDuration(text: String, message: String) {
        #expect(Units.duration(text) == .failure(UnitError(message)))
    }

    @Test("counts", arguments: [
        ("10000", 10_000), ("10k", 10_000), ("2.5M", 2_500_000), ("1G", 1_000_000_000), ("010", 10), ("0", 0),
        ("1.5k", 1_500),
    ] as [(String, Int64)])
    func count(text: String, value: Int64) throws {
        #expect(try Units.count(text).get() == value)
    }

    @Test("bad counts", arguments: [
        ("1m", "unknown unit 'm' in count '1m' (millions are 'M'; 'm' is minutes)"),
        ("2.5", "count '2.5' is not a whole number"),
        ("-1", "negative count '-1'"),
        ("10K", "unknown unit 'K' in count '10K'"),
        ("on", "invalid count 'on': expected a number, optionally with k, M or G"),
        ("1:30", "invalid count '1:30': expected a number, optionally with k, M or G"),
    ])
    func badCount(text: String, message: String) {
        #expect(Units.count(text) == .failure(UnitError(message)))
    }

    @Test("rates", arguments: [
        ("500/s", 500), ("2k/s", 2_000), ("1.5M/s", 1_500_000), ("30/m", 0.5), ("100/h", 100.0 / 3600),
        ("10/d", 10.0 / 86_400), ("0", 0), ("20", 20),
    ] as [(String, Double)])
    func rate(text: String, perSecond: Double) throws {
        #expect(try Units.rate(text).get() == perSecond)
    }

    @Test("bad rates", arguments: [
        ("5/x", "unknown unit 'x' in rate '5/x' (expected s, m, h, d or w)"),
        ("5s", "invalid rate '5s': expected a count per unit, e.g. 500/s"),
        ("-1/s", "negative rate '-1/s'"),
        ("fast", "invalid rate 'fast': expected a number, optionally with k, M or G"),
    ])
    func badRate(text: String, message: String) {
        #expect(Units.rate(text) == .failure(UnitError(message)))
    }

    @Test("sizes", arguments: [
        ("512B", 512), ("4KB", 4096), ("2MB", 2 << 20), ("1GB", 1 << 30), ("1TB", 1 << 40), ("100", 100),
        ("1.5KB", 1536),
    ] as [(String, Int64)])
    func size(text: String, bytes: Int64) throws {
        #expect(try Units.size(text).get() == bytes)
    }

    @Test("bad sizes", arguments: [
        ("4kb", "unknown unit 'kb' in size '4kb'"),
        ("1:2", "invalid size '1:2': expected a number with B, KB, MB, GB or TB"),
    ])
    func badSize(text: String, message: String) {
        #expect(Units.size(text) == .failure(UnitError(message)))
    }

    @Test("shares", arguments: [("0.01", 0.01), ("1%", 0.01), ("0", 0), ("1", 1), ("100%", 1), ("12.5%", 0.125)])
    func share(text: String, value: Double) throws {
        #expect(try Units.share(text).get() == value)
    }

    @Test("bad shares", arguments: [
        ("1.5", "share '1.5' is not between 0 and 1 (0% and 100%)"),
        ("150%", "share '150%' is not between 0 and 1 (0% and 100%)"),
        ("-0.1", "share '-0.1' is not between 0 and 1 (0% and 100%)"),
        ("half", "invalid share 'half': expected a fraction like 0.01 or a percentage like 1%"),
    ])
    func badShare(text: String, message: String) {
        #expect(Units.share(text) == .failure(UnitError(message)))
    }

    @Test("booleans accept only true and false", arguments: ["yes", "no", "on", "off", "True", "1"])
    func badBool(text: String) {
        #expect(Units.bool(text) == .failure(UnitError("invalid boolean '\(text)': use true or false")))
        #expect(Units.bool("true") == .success(true))
        #expect(Units.bool("false") == .success(false))
    }

    @Test("poison: an integer is a count, a decimal or percentage a share", arguments: [
        ("1", PoisonSpec.count(1)), ("10k", .count(10_000)), ("0.01", .share(0.01)), ("1%", .share(0.01)),
        ("0", PoisonSpec.none), ("1.0", .share(1)),
    ])
    func poison(text: String, spec: PoisonSpec) throws {
        #expect(try Units.poison(text).get() == spec)
    }

    @Test("expectation values convert to report units", arguments: [
        ("10000", 10_000), ("1M", 1_000_000), ("1m", 60), ("250ms", 0.25), ("1GB", 1_073_741_824), ("5%", 0.05),
        ("2k/s", 2_000), ("-1", -1), ("1.5", 1.5),
    ] as [(String, Double)])
    func expectedValue(text: String, value: Double) throws {
        #expect(try Units.expectedValue(text).get() == .number(value))
    }

    @Test func expectedNullAndBadUnit() {
        #expect(Units.expectedValue("null") == .success(.null))
        #expect(Units.expectedValue("5parsecs") == .failure(UnitError("unknown unit 'parsecs' in value '5parsecs'")))
        #expect(Units.expectedValue("lots")
            == .failure(UnitError("invalid value 'lots': expected a number (with an optional unit) or null")))
    }
}
