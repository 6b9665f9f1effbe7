/// How one cell is drawn: semantic foreground/background roles plus attributes.
public struct Style: Hashable, Sendable {
    public var fg: Role
    public var bg: Role
    public var bold: Bool
    public var reverse: Bool

    public init(_ fg: Role = .plain, bg: Role = .plain, bold: Bool = false, reverse: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
    }

    public static let plain = Style()
    public static let dim = Style(.dim)
    public static let accent = Style(.accent)
    public static let ok = Style(.ok)
    public static let warn = Style(.warn)
    public static let alarm = Style(.alarm)
    public static let info = Style(.info)

    /// The same style in bold.
    public var bolded: Style { var s = self; s.bold = true; return s }
    /// The same style with foreground and background swapped by the terminal.
    public var reversed: Style { var s = self; s.reverse = true; return s }
}
