import BrokerSimConsole
import BrokerSimCore
import BrokerSimRunner

extension ExpectationLine {
    /// A checked expectation as the console lists it: in words (with its instant when it has
    /// one), and what the report said when it failed.
    public init(_ r: ExpectationResult) {
        let e = r.expectation
        let text = e.at.map { "at \(SimDuration(micros: $0.micros)): \(e.wording)" } ?? e.wording
        self.init(text: text, passed: r.passed, detail: r.passed ? nil : "was \(r.actual.serialized(indent: nil))")
    }
}
