extension ExpectationResult {
    /// This result as the report's JSON carries it (`text`, `at`, `passed`, `actual`).
    public var reportJSON: JSONValue { json }
}
