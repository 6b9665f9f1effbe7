/// One problem found in a scenario, printed as `file:line:col: message`.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public init(location: SourceLocation, message: String) {
        self.location = location; self.message = message
    }
    public var description: String { "\(location.file):\(location.line):\(location.column): \(message)" }
}
