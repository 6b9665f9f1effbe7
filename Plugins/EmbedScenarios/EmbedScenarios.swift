import Foundation
import PackagePlugin

/// Compiles every `Scenarios/*.yaml` of the package into the target as text.
///
/// Why a plugin: `.embedInCode("Scenarios")` emits one static byte array per file
/// with a mangled name and no list of them, so code could not enumerate the
/// built-ins without a hand-kept list. The directory is read each time the
/// build is planned, so adding or removing a file needs no code change.
///
/// SwiftPM re-plans (and so re-runs this) when a target folder's contents
/// change; the symlink `Sources/BrokerSimScenario/Scenarios -> ../../Scenarios`
/// (excluded from the target's sources) is what makes a new scenario file count
/// as such a change. Keep it. `Scenarios/.gitkeep` keeps the folder in fresh clones.
@main
struct EmbedScenarios: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dir = context.package.directoryURL.appending(path: "Scenarios")
        // A missing or empty folder is fine: the build then has no built-ins.
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        let inputs = entries
            .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted()
            .map { dir.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedScenarios.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) built-in scenario(s)",
                executable: try context.tool(named: "EmbedScenariosTool").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
