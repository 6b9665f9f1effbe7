@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimScenario
import Testing

/// Chapter 1 (`sync-trap`): each pane has a line for the customers — orders confirmed,
/// errors, their wait p99 — and the async pane shows how late the emails were
/// (publish to ack), at 120×40 and at 80×24.
@Suite("sync-trap: what the customers saw, on both sides")
struct CustomerLineTests {
    /// The sync pane's lines and the async pane's lines.
    func panes(at seconds: Double?, _ size: GridSize) -> (sync: String, async: String) {
        var ch = ChapterScreens(chapter: 1)
        ch.play(to: seconds.map { SimTime(micros: Int64($0 * 1_000_000)) })
        let lines = ch.screen(size).split(separator: "\n").map(String.init)
        let sync = lines.firstIndex { $0.hasPrefix(" sync") } ?? 0
        let async = lines.firstIndex { $0.hasPrefix(" async") } ?? lines.count
        return (lines[sync..<async].joined(separator: "\n"), lines[async...].joined(separator: "\n"))
    }

    func checkout(_ pane: String) -> String {
        pane.split(separator: "\n").first { $0.contains("→ checkout") }.map(String.init) ?? ""
    }

    @Test(arguments: [GridSize(width: 120, height: 40), GridSize(width: 80, height: 24)])
    func whileEmailIsDownSyncFailsItsCustomersAndAsyncAnswersAtOnce(size: GridSize) {
        let (sync, async) = panes(at: 45, size)
        #expect(checkout(sync).contains("orders: confirmed 443  errors 483  wait p99 2s"), "\(sync)")
        #expect(sync.contains("failed 142") && sync.contains("timed out 341"), "the service line breaks the 483 errors down")
        #expect(checkout(async).contains("orders: confirmed 926  errors 0  wait p99 0s"), "\(async)")
        #expect(async.contains("latency p99 15s"), "how late the emails are, publish to ack:\n\(async)")
        #expect(ChapterGoldenTests.flat(sync).contains("Checkout fails for every customer"))
        #expect(ChapterGoldenTests.flat(async).contains("Checkout still answers every customer at once"))
    }

    @Test(arguments: [GridSize(width: 120, height: 40), GridSize(width: 80, height: 24)])
    func atTheEndBothCustomerLinesAndTheEmailLatencyStayOnScreen(size: GridSize) {
        let (sync, async) = panes(at: nil, size)
        #expect(checkout(sync).contains("orders: confirmed 855  errors 993"), "\(sync)")
        #expect(sync.contains("ok 855") && sync.contains("failed 652") && sync.contains("timed out 341"))
        #expect(checkout(async).contains("orders: confirmed 1,848  errors 0  wait p99 0s"), "\(async)")
        #expect(async.contains("latency p99 46s") && async.contains("redelivered 8"))
        #expect(sync.contains("Compare with the async pane."))
        #expect(!(sync + async).contains("Switch to"))
    }

    @Test func aBlockedPublisherSaysHowLongItsCustomersWereHeld() {
        let p = ProducerReading(name: "checkout", target: "emails", rate: 20, sent: 100, blocked: true, held: 12)
        var r = p
        r.customers = "orders"
        r.published = 88
        r.blockedSeconds = 12.4
        let texts = CustomerParts.publisher(r, noun: "orders").fitting(200).map(\.text).joined()
        #expect(texts == "  20/s to emails  orders: confirmed 88  errors 0  blocked 12s  waiting 12")
        // Narrow: the customers' numbers stay, the target and the waiting go first, and
        // a smaller part never takes the place of a better one.
        #expect(CustomerParts.publisher(r, noun: "orders").fitting(45).map(\.text).joined() == "  orders: confirmed 88  errors 0  blocked 12s")
        #expect(CustomerParts.publisher(r, noun: "orders").fitting(44).map(\.text).joined() == "  orders: confirmed 88  errors 0")
    }
}
