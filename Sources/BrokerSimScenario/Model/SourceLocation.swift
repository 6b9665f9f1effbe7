/// A position in a scenario file: 1-based line and column (columns count Unicode scalars, as libYAML does).
public struct SourceLocation: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) {
        self.file = file; self.line = line; self.column = column
    }
}
