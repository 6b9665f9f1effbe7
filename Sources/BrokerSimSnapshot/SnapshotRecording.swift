import Foundation

/// A recording: one snapshot per line as JSON (keys sorted, so the same read writes the same
/// bytes), appended as it is read. No credential is ever part of a snapshot.
public enum SnapshotRecording {
    public static func line(_ s: Snapshot) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(s)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Every snapshot of a recording, in order; the error names the file and line.
    public static func read(path: String) -> Result<[Snapshot], RecordingError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(RecordingError(message: "\(path): cannot read the file"))
        }
        let decoder = JSONDecoder()
        var out: [Snapshot] = []
        for (i, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let s = try? decoder.decode(Snapshot.self, from: Data(line)) else {
                return .failure(RecordingError(message: "\(path):\(i + 1):1: not a brokersim snapshot (record one with brokersim watch URL --record FILE)"))
            }
            out.append(s)
        }
        if out.isEmpty { return .failure(RecordingError(message: "\(path): no snapshots in the file")) }
        return .success(out)
    }
}

/// Why a recording cannot be replayed, as `file:line:col: message`.
public struct RecordingError: Error, Sendable {
    public var message: String
}

/// Appends snapshots to a recording as they are read.
public final class SnapshotRecorder {
    let handle: FileHandle

    /// nil when the file cannot be created or opened for writing.
    public init?(path: String) {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
        }
        guard let h = FileHandle(forWritingAtPath: path) else { return nil }
        h.seekToEndOfFile()
        handle = h
    }

    /// False when the write failed (a full disk).
    public func append(_ s: Snapshot) -> Bool {
        do { try handle.write(contentsOf: Data(SnapshotRecording.line(s).utf8)); return true } catch { return false }
    }

    deinit { try? handle.close() }
}
