/// The bottom line of hints, htop's F-key bar: each key in reverse video then
/// its label, separated by two spaces.
///
/// Hints are whole or absent: when the line is too narrow the last hints are
/// dropped rather than cut mid-word, so put the most important ones first.
public struct KeyHintLine: Sendable {
    public var hints: [KeyHint]

    public init(_ hints: [KeyHint]) { self.hints = hints }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        var x = rect.x
        for (i, h) in hints.enumerated() {
            let gap = i == 0 ? 0 : 2
            if x + gap + h.width > rect.maxX { break }
            x += gap
            x = grid.write(h.key, x: x, y: rect.y, style: Style(.accent, bold: true, reverse: true), clip: rect)
            x = grid.write(" " + h.label, x: x, y: rect.y, style: .plain, clip: rect)
        }
    }
}
