/// A short word in reverse video (`ALARM`, `PAUSED`, `keeping up`) that a user
/// spots from across a classroom.
public struct Badge: Hashable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, role: Role) {
        self.text = text
        self.role = role
    }

    /// Columns the badge takes: its text with one space either side.
    public var width: Int { text.columns + 2 }

    /// Draws the badge at (`x`, `y`) within `clip` and returns the column after it.
    @discardableResult
    public func render(into grid: inout CellGrid, x: Int, y: Int, clip: Rect? = nil) -> Int {
        grid.write(" \(text) ", x: x, y: y, style: Style(role, bold: true, reverse: true), clip: clip)
    }
}
