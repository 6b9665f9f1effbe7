/// A key press (or click, or resize) decoded from the terminal, free of ncurses.
///
/// The terminal decodes its raw codes into this; the console maps it to a
/// `ConsoleAction`. Keeping it pure lets reducer tests press keys without a tty.
public enum Key: Hashable, Sendable {
    case up, down, left, right
    case home, end, pageUp, pageDown
    case escape, tab, backTab, enter, backspace
    /// A printable character, including space.
    case char(Character)
    /// Ctrl and a letter, the letter in lower case (`.control("l")` for Ctrl-L).
    case control(Character)
    /// The terminal changed size; read the new size from the terminal.
    case resize
    /// A left click at a cell.
    case click(x: Int, y: Int)

    /// How the key is written in hints and help (`Space`, `←`, `Ctrl-L`).
    public func label(_ g: GlyphSet) -> String {
        switch self {
        case .up: return String(g.arrowUp)
        case .down: return String(g.arrowDown)
        case .left: return String(g.arrowLeft)
        case .right: return String(g.arrowRight)
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .backspace: return "Bksp"
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .resize: return "resize"
        case .click: return "click"
        }
    }
}
