/// One group's place on a partition tape: its committed offset and its letter.
public struct TapeMarker: Hashable, Sendable {
    public var offset: Int64
    public var label: Unicode.Scalar
    public var style: Style

    public init(offset: Int64, label: Unicode.Scalar, style: Style = Style(.accent, bold: true)) {
        self.offset = offset
        self.label = label
        self.style = style
    }
}
