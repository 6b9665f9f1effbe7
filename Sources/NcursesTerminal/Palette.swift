import BrokerSimConsole

/// Resolves a semantic `Role` to a terminal colour number and attributes, per tier.
///
/// Colour numbers are plain ints so this stays testable without a terminal;
/// -1 is "the terminal's default" (`use_default_colors`).
public struct Palette: Sendable {
    /// Extra attributes a role needs where colour cannot say it.
    public struct Emphasis: Hashable, Sendable {
        public var bold = false
        public var dim = false
        public var reverse = false
        public var underline = false
    }

    public var tier: ColorTier

    public init(tier: ColorTier) { self.tier = tier }


    /// The foreground colour of a role.
    public func foreground(_ role: Role) -> Int {
        switch tier {
        case .none: return -1
        case .extended:
            switch role {
            case .plain, .header: return -1
            case .accent: return 75    // sky blue
            case .ok: return 114       // soft green
            case .warn: return 214     // orange
            case .alarm: return 203    // red
            case .dim: return 245      // mid grey
            case .info: return 141     // lavender
            }
        case .basic(let n):
            switch role {
            case .plain, .header: return -1
            case .accent: return 6     // cyan
            case .ok: return 2         // green
            case .warn: return 3       // yellow
            case .alarm: return 1      // red
            case .dim: return n >= 16 ? 8 : -1   // bright black; 8 colours use A_DIM instead
            case .info: return 5       // magenta
            }
        }
    }

    /// The background colour of a role; only `header` differs from the default.
    public func background(_ role: Role) -> Int {
        switch (tier, role) {
        case (.extended, .header): return 236   // dark grey bar
        case (.basic, .header): return 4        // blue bar
        default: return -1
        }
    }

    /// Attributes the tier adds for a role so it still stands out.
    public func emphasis(fg: Role, bg: Role) -> Emphasis {
        var e = Emphasis()
        switch tier {
        case .none:
            switch fg {
            case .accent, .warn: e.bold = true
            case .alarm: e.bold = true; e.underline = true
            case .dim: e.dim = true
            case .plain, .ok, .info, .header: break
            }
            if bg == .header { e.reverse = true }
        case .basic(let n):
            if fg == .dim && n < 16 { e.dim = true }
        case .extended:
            break
        }
        return e
    }
}
