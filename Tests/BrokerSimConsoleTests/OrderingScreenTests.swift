import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import Testing

/// The order-per-key scenario on screen: the keyed queues carry their `out of order` count.
@Suite("Ordering on screen")
struct OrderingScreenTests {
    @Test func orderPerKeyAfterTheFailover() throws {
        let small = try screen("order-per-key", at: 65, size: ScreenGoldenTests.small)
        let large = try screen("order-per-key", at: 65, size: ScreenGoldenTests.large)
        #expect(large.contains("out of order 0"))
        #expect(large.contains("sequencer-3 standby"), "behind the active consumer of a single-active-consumer queue")
        #expect(large.range(of: #"out of order [1-9]"#, options: .regularExpression) != nil)
        Golden.check(small, named: "order-per-key-65s-80x24")
        Golden.check(large, named: "order-per-key-65s-120x40")
    }
}
