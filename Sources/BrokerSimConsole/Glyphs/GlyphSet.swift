/// Every non-text glyph the console draws, as data, in a Unicode and an ASCII set.
///
/// Like htop's `Meter.c` and btop's draw tables: the widgets index these tables
/// and never spell a glyph themselves, so a non-UTF-8 locale gets plain ASCII by
/// swapping one value.
public struct GlyphSet: Hashable, Sendable {
    // Box drawing.
    public var topLeft: Unicode.Scalar
    public var topRight: Unicode.Scalar
    public var bottomLeft: Unicode.Scalar
    public var bottomRight: Unicode.Scalar
    public var horizontal: Unicode.Scalar
    public var vertical: Unicode.Scalar

    /// Sparkline levels from empty to full; index 0 is "nothing".
    public var sparkLevels: [Unicode.Scalar]
    /// Bar gauge cells: the first and second series, and an empty cell.
    public var barPrimary: Unicode.Scalar
    public var barSecondary: Unicode.Scalar
    public var barEmpty: Unicode.Scalar
    /// A watermark or limit mark drawn over a bar.
    public var barMark: Unicode.Scalar
    /// Shown at a bar's end when the value exceeds the scale.
    public var barOverflow: Unicode.Scalar

    /// Partition tape: its two ends, the stored log, and a marker that fell off
    /// the left edge (its data was deleted before it was read).
    public var tapeStart: Unicode.Scalar
    public var tapeEnd: Unicode.Scalar
    public var tapeBody: Unicode.Scalar
    public var tapeLost: Unicode.Scalar
    /// Several markers on one column.
    public var tapeCrowd: Unicode.Scalar
    /// Where one log segment ends and the next begins.
    public var tapeSegment: Unicode.Scalar

    public var ellipsis: Unicode.Scalar
    public var bullet: Unicode.Scalar
    public var arrowUp: Unicode.Scalar
    public var arrowDown: Unicode.Scalar
    public var arrowLeft: Unicode.Scalar
    public var arrowRight: Unicode.Scalar
    /// Worker and consumer states, so they read without colour too.
    public var busy: Unicode.Scalar
    public var idle: Unicode.Scalar
    public var slow: Unicode.Scalar
    public var crashed: Unicode.Scalar
    public var waiting: Unicode.Scalar
    /// An expectation that held, and one that did not.
    public var pass: Unicode.Scalar
    public var fail: Unicode.Scalar
    /// The multiplication sign in speeds and sizes ("10×", "80×24").
    public var times: String

    public var isASCII: Bool

    public static let unicode = GlyphSet(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
        sparkLevels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        barPrimary: "█", barSecondary: "▒", barEmpty: "·", barMark: "│", barOverflow: "▶",
        tapeStart: "├", tapeEnd: "┤", tapeBody: "─", tapeLost: "◀", tapeCrowd: "*", tapeSegment: "┼",
        ellipsis: "…", bullet: "•", arrowUp: "↑", arrowDown: "↓", arrowLeft: "←", arrowRight: "→",
        busy: "●", idle: "○", slow: "◐", crashed: "✖", waiting: "…", pass: "✔", fail: "✘",
        times: "×", isASCII: false
    )

    public static let ascii = GlyphSet(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
        sparkLevels: [" ", ".", ",", "-", "~", "=", "+", "*", "#"],
        barPrimary: "#", barSecondary: "=", barEmpty: ".", barMark: "|", barOverflow: ">",
        tapeStart: "[", tapeEnd: "]", tapeBody: "-", tapeLost: "<", tapeCrowd: "*", tapeSegment: "+",
        ellipsis: "~", bullet: "*", arrowUp: "^", arrowDown: "v", arrowLeft: "<", arrowRight: ">",
        busy: "*", idle: "o", slow: "~", crashed: "X", waiting: ".", pass: "+", fail: "x",
        times: "x", isASCII: true
    )

    /// The set to use for a locale: ASCII unless the locale is UTF-8.
    public static func forLocale(utf8: Bool) -> GlyphSet { utf8 ? .unicode : .ascii }
}
