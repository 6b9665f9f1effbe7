import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import Testing

/// The share-group scenario on screen: the group is a band of in-flight records on each tape
/// and its members show what is locked to them.
@Suite("Share groups on screen")
struct ShareGroupScreenTests {
    @Test func shareGroupWhileALockRunsOut() throws {
        let small = try screen("share-group", at: 50, size: ScreenGoldenTests.small)
        let large = try screen("share-group", at: 50, size: ScreenGoldenTests.large)
        #expect(large.contains("▒"), "the in-flight band")
        #expect(large.contains("✖2 crashed, holds 20"))
        #expect(large.contains(" (20s) unread"), "the oldest record not done was written when pickers-2 took it, 20 s ago")
        Golden.check(small, named: "share-group-50s-80x24")
        Golden.check(large, named: "share-group-50s-120x40")
    }
}
