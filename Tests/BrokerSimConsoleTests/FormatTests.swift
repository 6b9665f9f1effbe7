import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

private let day: Int64 = 86_400_000_000
private let hour: Int64 = 3_600_000_000
private let minute: Int64 = 60_000_000

@Suite("Formats")
struct FormatTests {
    @Test(arguments: [
        (Int64(0), "00:00:00.000"),
        (Int64(3_723_456_789), "01:02:03.456"),
        (day + 5_000_000, "1d 00:00:05.000"),
        (12 * day + 23 * hour + 59 * minute + 59_999_999, "12d 23:59:59.999"),
    ] as [(Int64, String)])
    func clock(micros: Int64, text: String) {
        #expect(ClockText.clock(SimTime(micros: micros)) == text)
    }

    @Test(arguments: [
        (Int64(850_000), "850ms"),
        (42_000_000, "42s"),
        (200_000_000, "3m20s"),
        (7_500_000_000, "2h05m"),
        (3 * day + 4 * hour, "3d04h"),
    ] as [(Int64, String)])
    func span(micros: Int64, text: String) {
        #expect(ClockText.span(SimDuration(micros: micros)) == text)
    }

    @Test(arguments: [
        (Int64(987), "987"), (1_234, "1,234"), (9_999, "9,999"), (12_345, "12.3k"), (99_999, "99.9k"),
        (100_000, "100k"), (456_789, "456k"), (1_200_000, "1.2M"), (2_500_000_000, "2.5G"), (-12_345, "-12.3k"),
    ] as [(Int64, String)])
    func compact(n: Int64, text: String) {
        #expect(CompactNumber.format(n) == text)
    }

    @Test func rates() {
        #expect(CompactNumber.rate(0) == "0/s")
        #expect(CompactNumber.rate(0.5) == "0.5/s")
        #expect(CompactNumber.rate(1500) == "1,500/s")
        #expect(CompactNumber.rate(2_000_000) == "2.0M/s")
    }
}
