import Foundation
import Testing
@testable import BrokerSimScenario

@Suite("Built-in scenarios")
struct BuiltinScenariosTests {
    /// The package's `Scenarios/` folder, found from this file's path.
    static var scenariosFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios")
    }

    @Test("the built-ins are exactly the YAML files in Scenarios/")
    func matchesFolder() throws {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.scenariosFolder.path)) ?? []
        let expected = files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }.sorted()
        #expect(BuiltinScenarios.names.sorted() == expected)
        for name in expected {
            let text = try String(contentsOf: Self.scenariosFolder.appendingPathComponent("\(name).yaml"), encoding: .utf8)
            #expect(BuiltinScenarios.text(named: name) == text)
        }
        #expect(BuiltinScenarios.text(named: "no-such-built-in") == nil)
    }

    @Test("every built-in validates and loads by name")
    func validate() throws {
        for name in BuiltinScenarios.names {
            let s = try ScenarioLoader.load(name)
            #expect(s.path == "builtin:\(name)")
            #expect(s.name == name)
        }
    }

    @Test("chapters first by number, then the rest by name")
    func order() {
        let chapters = BuiltinScenarios.names.map { BuiltinScenarios.chapter(of: BuiltinScenarios.text(named: $0)!) }
        let numbered = chapters.prefix { $0 != nil }.map { $0! }
        #expect(numbered == numbered.sorted())
        #expect(chapters.dropFirst(numbered.count).allSatisfy { $0 == nil })
        let rest = Array(BuiltinScenarios.names.dropFirst(numbered.count))
        #expect(rest == rest.sorted())
        #expect(BuiltinScenarios.chapter(of: "title: x\nchapter: 3\n") == 3)
        #expect(BuiltinScenarios.chapter(of: "title: x\n") == nil)
    }
}
