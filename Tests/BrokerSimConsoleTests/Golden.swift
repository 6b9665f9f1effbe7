import Foundation
import Testing

/// Whole-screen golden files: `Goldens/NAME.txt` next to this file.
///
/// A missing golden fails; `BROKERSIM_UPDATE_GOLDENS=1 swift test` writes the
/// current screens instead (then read them before committing).
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    static var updating: Bool { ProcessInfo.processInfo.environment["BROKERSIM_UPDATE_GOLDENS"] == "1" }

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = text + "\n"
        if updating {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(name).txt: run with BROKERSIM_UPDATE_GOLDENS=1 and read it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("screen differs from \(name).txt:\n\(actual)", sourceLocation: sourceLocation)
        }
    }
}
