/// How much colour the terminal gets: decided once at start.
public enum ColorTier: Hashable, Sendable {
    /// `NO_COLOR` is set or the terminal has no colour: attributes only.
    case none
    /// 8 or 16 colours (TERM=xterm, linux, screen).
    case basic(colors: Int)
    /// 256 colours or more.
    case extended

    /// The tier for a terminal: `NO_COLOR` (set and non-empty, per no-color.org)
    /// wins, then what terminfo reports.
    public static func detect(noColor: String?, hasColors: Bool, colors: Int) -> ColorTier {
        if let v = noColor, !v.isEmpty { return .none }
        if !hasColors || colors < 8 { return .none }
        if colors >= 256 { return .extended }
        return .basic(colors: colors)
    }
}
