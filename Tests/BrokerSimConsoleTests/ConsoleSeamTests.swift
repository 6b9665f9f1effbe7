import Foundation
import Testing

/// The console draws any source: its own module must not reach into the simulation. SwiftPM
/// lets a target import any module already built in the package, so the manifest alone does
/// not keep the import out; this does.
@Suite("The console's seam")
struct ConsoleSeamTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/BrokerSimConsole").standardizedFileURL

    @Test func theConsoleImportsNeitherTheModelNorTheScenarioNorTheRunner() throws {
        let files = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 50, "found the console's sources")
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.contains(" import ") {
                for module in ["BrokerSimCore", "BrokerSimScenario", "BrokerSimRunner", "BrokerSimConsoleSim"] {
                    #expect(!line.hasSuffix(" " + module), "\(file.lastPathComponent): \(line)")
                }
            }
        }
    }
}
