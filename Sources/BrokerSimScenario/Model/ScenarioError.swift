/// Every problem found in a scenario, sorted by position; nothing is run when there is one.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    /// One diagnostic per line, no trailing newline.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
