/// One key and what it does, as shown in the hint line (`Space pause`).
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String

    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }

    /// Columns taken: key, one space, label.
    public var width: Int { key.columns + 1 + label.columns }
}
