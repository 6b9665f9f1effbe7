/// One expectation's text and whether it held, shown when the run is finished.
public struct ExpectationLine: Hashable, Sendable {
    public var text: String
    public var passed: Bool
    /// What was actually seen, when it failed (`acked was 9,998`).
    public var detail: String?

    public init(text: String, passed: Bool, detail: String? = nil) {
        self.text = text; self.passed = passed; self.detail = detail
    }
}
