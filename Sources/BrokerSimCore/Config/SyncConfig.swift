/// A synchronous downstream service (docs/scenarios.md `services:`).
public struct ServiceConfig: Sendable, Equatable {
    public var name: String
    public var count = 1
    /// Time per request, in microseconds.
    public var work: Distribution = .constant(0)
    /// Requests one instance serves at once; the rest wait in its line.
    public var concurrency = 1
    public init(name: String) { self.name = name }
}
