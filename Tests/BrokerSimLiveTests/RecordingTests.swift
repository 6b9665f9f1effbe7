import BrokerSimRabbitMQ
import BrokerSimSnapshot
import Foundation
import Testing

@Suite("Recordings: one snapshot per JSON line")
struct RecordingTests {
    /// The committed recording is the recorded API responses mapped: the console golden and the
    /// replay tests read it. `BROKERSIM_UPDATE_GOLDENS=1` rewrites it after a mapping change.
    @Test func theCommittedRecordingIsTheFixturesMapped() throws {
        let lines = try Fixtures.recordingLines()
        if ProcessInfo.processInfo.environment["BROKERSIM_UPDATE_GOLDENS"] == "1" {
            try lines.write(to: Fixtures.recording, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: Fixtures.recording, encoding: .utf8) == lines)
    }

    @Test func aSnapshotReadsBackAsItWasWritten() throws {
        let s = try Fixtures.snapshot("memory-alarm", at: 5)
        let line = SnapshotRecording.line(s)
        #expect(line.hasSuffix("}\n") && line.filter { $0 == "\n" }.count == 1)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rec-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        let recorder = try #require(SnapshotRecorder(path: file.path))
        #expect(recorder.append(s) && recorder.append(s))
        #expect(try SnapshotRecording.read(path: file.path).get() == [s, s])
    }

    @Test func aLineThatIsNoSnapshotIsNamedByFileAndLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try (SnapshotRecording.line(try Fixtures.snapshot("busy-1", at: 0)) + "{\"queues\": 3}\n").write(to: file, atomically: true, encoding: .utf8)
        guard case .failure(let e) = SnapshotRecording.read(path: file.path) else { Issue.record("accepted"); return }
        #expect(e.message == "\(file.path):2:1: not a brokersim snapshot (record one with brokersim watch URL --record FILE)")
    }
}
