import Foundation
import Yams

/// Reads a scenario from a file or the built-ins, validates it and lowers it to `WorldConfig`s.
public enum ScenarioLoader {
    /// A path (contains "/" or ends with .yaml/.yml, or an existing file) or a built-in name.
    public static func load(_ nameOrPath: String) throws(ScenarioError) -> Scenario {
        let isYAMLName = nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml")
        let looksLikePath = nameOrPath.contains("/") || isYAMLName || FileManager.default.fileExists(atPath: nameOrPath)
        if !looksLikePath, let text = BuiltinScenarios.text(named: nameOrPath) {
            var scenario = try parse(text: text, file: "Scenarios/\(nameOrPath).yaml", name: nameOrPath)
            scenario.path = "builtin:\(nameOrPath)"
            return scenario
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: nameOrPath, isDirectory: &isDirectory) else {
            let what = looksLikePath ? "no such file '\(nameOrPath)'" : "no such file or built-in scenario '\(nameOrPath)'"
            throw failure(nameOrPath, what)
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: nameOrPath) else {
            throw failure(nameOrPath, "cannot read file '\(nameOrPath)'")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw failure(nameOrPath, "file '\(nameOrPath)' is not UTF-8 text")
        }
        let name = URL(fileURLWithPath: nameOrPath).deletingPathExtension().lastPathComponent
        return try parse(text: text, file: nameOrPath, name: name)
    }

    /// Parses scenario text; `file` is used in diagnostics and as `Scenario.path`.
    public static func parse(text: String, file: String, name: String) throws(ScenarioError) -> Scenario {
        let root = try compose(text, file: file)
        try checkAliasExpansion(root, text: text, file: file)
        var diagnostics: [Diagnostic] = []

        let base = NodeMerge.removing("variants", from: root)
        var lowerer = Lowerer(file: file)
        let lowered = lowerer.lowerFile(base)
        diagnostics += lowerer.diagnostics

        var variants: [ScenarioVariant] = []
        if case .mapping(let top) = root, let node = top.first(where: { $0.key.scalar?.string == "variants" })?.value,
           !node.isNullScalar {
            var variantLowerer = Lowerer(file: file)
            if let f = variantLowerer.variantFields(node) {
                for (variantName, overrides) in f {
                    var l = Lowerer(file: file)
                    let merged = l.lowerFile(NodeMerge.merge(base, overrides))
                    diagnostics += l.diagnostics
                    variants.append(ScenarioVariant(name: variantName, config: merged.config,
                                                    expectations: merged.expectations, names: merged.names))
                }
            }
            diagnostics += variantLowerer.diagnostics
        }

        if !diagnostics.isEmpty { throw ScenarioError(diagnostics: ordered(diagnostics)) }
        return Scenario(name: name, path: file, sourceText: text, title: lowered.title ?? name, about: lowered.about,
                        chapter: lowered.chapter, config: lowered.config, expectations: lowered.expectations,
                        variants: variants, names: lowered.names)
    }

    /// The YAML tree, with syntax errors at Yams' line and column.
    static func compose(_ text: String, file: String) throws(ScenarioError) -> Node {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ScenarioError(diagnostics: [syntaxDiagnostic(error, text: text, file: file)])
        } catch {
            throw failure(file, "invalid YAML: \(error)")
        }
        guard let root else { throw failure(file, "the scenario is empty") }
        return root
    }

    static func syntaxDiagnostic(_ error: YamlError, text: String, file: String) -> Diagnostic {
        func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(location: SourceLocation(file: file, line: max(line, 1), column: max(column, 1)), message: message)
        }
        func described(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let context else { return "invalid YAML: \(problem)" }
            return "invalid YAML: \(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return at(mark.line, mark.column, described(context, problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return at(context.mark.line, context.mark.column, "duplicate key \(keys) in one map")
        case let .reader(problem, offset, _, _):
            let (line, column) = position(ofUTF8Offset: offset ?? 0, in: text)
            return at(line, column, "invalid YAML: \(problem)")
        default:
            return at(1, 1, "invalid YAML: \(error)")
        }
    }

    static func position(ofUTF8Offset offset: Int, in text: String) -> (Int, Int) {
        let prefix = text.utf8.prefix(offset)
        let line = prefix.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let lastLine = prefix.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).last ?? []
        return (line, (String(decoding: lastLine, as: UTF8.self).unicodeScalars.count) + 1)
    }

    static func failure(_ file: String, _ message: String) -> ScenarioError {
        ScenarioError(diagnostics: [Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), message: message)])
    }

    /// Sorted by position (stably), each problem once: a mistake in the shared part of the
    /// file is found again in every variant's merged tree.
    static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var unique: [Diagnostic] = []
        var seen = Set<Diagnostic>()
        for d in diagnostics where seen.insert(d).inserted { unique.append(d) }
        return unique.enumerated().sorted { a, b in
            (a.element.location.line, a.element.location.column, a.offset)
                < (b.element.location.line, b.element.location.column, b.offset)
        }.map(\.element)
    }
}
