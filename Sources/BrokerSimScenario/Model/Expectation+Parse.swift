extension Expectation {
    /// One expectation from the command line (`brokersim watch … --expect 'queues.emails.ready < 1000'`):
    /// the grammar of a scenario's `expect:` (docs/scenarios.md, Expectations), with the path left
    /// for the caller to check against its own report. The error is a one-line reason.
    public static func parse(_ text: String, origin: String = "--expect") -> Result<Expectation, SyntaxError> {
        let trimmed = text.trimmingWhitespace
        guard let (pathText, op, valueText) = Lowerer.splitComparison(trimmed) else {
            return .failure(SyntaxError("invalid expectation '\(trimmed)': expected PATH OP VALUE with OP one of == != < <= > >="))
        }
        switch Units.expectedValue(valueText) {
        case .success(let value):
            let path = pathText.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            return .success(Expectation(text: trimmed, at: nil, path: path, op: op, value: value,
                                        location: SourceLocation(file: origin, line: 1, column: 1)))
        case .failure(let e):
            return .failure(SyntaxError("\(e.message) in '\(trimmed)'"))
        }
    }
}

extension Expectation {
    /// Why a command-line expectation could not be read, in one line.
    public struct SyntaxError: Error, Sendable {
        public var message: String
        init(_ message: String) { self.message = message }
    }
}
