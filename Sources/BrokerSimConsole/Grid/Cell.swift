/// One terminal cell: a single-column character and its style.
///
/// A `Unicode.Scalar` rather than a `Character`: every glyph the console draws
/// is one scalar one column wide, and a 4-byte scalar keeps grids cheap to diff.
/// Wide (CJK) and combining characters are not supported in cells.
public struct Cell: Hashable, Sendable {
    public var scalar: Unicode.Scalar
    public var style: Style

    public init(_ scalar: Unicode.Scalar = " ", style: Style = .plain) {
        self.scalar = scalar
        self.style = style
    }

    public static let blank = Cell()
}
