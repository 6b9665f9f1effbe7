import BrokerSimConsole
import BrokerSimSnapshot
import Foundation
import Testing

/// The console over a real broker, drawn from the recording of RabbitMQ 3.10 responses
/// (Tests/BrokerSimLiveTests/Fixtures/rabbitmq-3.10/recording.jsonl).
@Suite("Live screens from a recorded RabbitMQ")
struct LiveScreenTests {
    static let recording = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../BrokerSimLiveTests/Fixtures/rabbitmq-3.10/recording.jsonl").standardizedFileURL.path

    func history(_ reads: Int) throws -> SnapshotHistory {
        let all = try SnapshotRecording.read(path: Self.recording).get()
        var h = SnapshotHistory()
        for s in all.prefix(reads) { h.record(s) }
        return h
    }

    func draw(_ f: Frame, _ size: GridSize, state: ConsoleState = ConsoleState()) -> String {
        ConsoleView.render(state: state, frame: f, size: size, glyphs: .unicode).grid.text
    }

    static var live: ConsoleState {
        var s = ConsoleState()
        s.capabilities = .live
        return s
    }

    @Test func theMemoryAlarmWithABlockedPublisherAndAConsumerGone() throws {
        let h = try history(4)
        let now = h.latest!.readAt + 1_000
        let f = Frame(history: h, status: ReadStatus(lastRead: h.latest!.readAt, intervalMillis: 5_000), now: now)
        let text = draw(f, GridSize(width: 100, height: 30), state: Self.live)
        Golden.check(text, named: "live-memory-alarm-100x30")
        Golden.check(draw(f, GridSize(width: 80, height: 24), state: Self.live), named: "live-memory-alarm-80x24")
        #expect(text.contains("ALARM") && text.contains("BLOCKED") && text.contains("LIVE"))
        #expect(text.contains("127.0.0.1:54018 (1) gone"))
        #expect(text.contains("ready 263  unacked 7"))
        #expect(text.contains("127.0.0.1:54010 (1) busy        2/2  4.8/s"), "a consumer's slots and ack rate")
        #expect(text.contains("dead letters → emails.dead"))
    }

    /// The memory check interval is the simulation's `memory_check`; the management API does not
    /// report a real broker's, so neither the memory line nor the help claims one.
    @Test func aLiveMemoryLineSaysOnlyWhatTheBrokerReported() throws {
        let h = try history(4)
        let f = Frame(history: h, status: ReadStatus(lastRead: h.latest!.readAt, intervalMillis: 5_000), now: h.latest!.readAt)
        let text = draw(f, GridSize(width: 160, height: 40), state: Self.live)
        let memory = try #require(text.split(separator: "\n").first { $0.contains("memory ") })
        #expect(memory.contains("133.9 MB  alarm at 9.5 MB  ALARM"), "\(memory)")
        #expect(!text.contains("checked every"))
        var help = Self.live
        help.showHelp = true
        #expect(!draw(f, GridSize(width: 100, height: 30), state: help).contains("memory alarm is checked"))
    }

    @Test func valuesNotReadRecentlyAreMarkedStaleWithTheReason() throws {
        let h = try history(2)
        let read = h.latest!.readAt
        let status = ReadStatus(lastRead: read, lastError: "connection refused", intervalMillis: 5_000)
        let text = draw(Frame(history: h, status: status, now: read + 12_000), GridSize(width: 100, height: 30), state: Self.live)
        let header = text.split(separator: "\n")[0]
        #expect(header.contains("stale 12 s: connection refused") && header.hasSuffix("STALE"))
        #expect(text.contains("ready 358  unacked 12"), "the last values read stay on screen")
    }

    @Test func aLiveBrokerOffersOnlyTheKeysItCanHonour() throws {
        let h = try history(1)
        let f = Frame(history: h, status: ReadStatus(lastRead: h.latest!.readAt, intervalMillis: 5_000), now: h.latest!.readAt)
        let hints = draw(f, GridSize(width: 100, height: 30), state: Self.live).split(separator: "\n").last.map(String.init) ?? ""
        #expect(hints.trimmingCharacters(in: .whitespaces) == "? help  q quit  i about  ↑↓ select")
        #expect(!SourceCapabilities.live.allows(.crashSelected) && !SourceCapabilities.live.allows(.seekBack))
        #expect(SourceCapabilities.recording.allows(.seekBack) && !SourceCapabilities.recording.allows(.writeScenario))
        var help = Self.live
        help.showHelp = true
        let overlay = draw(f, GridSize(width: 100, height: 30), state: help)
        #expect(!overlay.contains("crash it") && !overlay.contains("seek back") && overlay.contains("select next"))
    }
}
