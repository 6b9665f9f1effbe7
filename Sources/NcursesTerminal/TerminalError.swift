/// Why the console could not take the terminal.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (piped, redirected, CI).
    case notATerminal
    /// ncurses does not know TERM (newterm failed).
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "the console needs a terminal on stdin and stdout; without one, run a scenario headless: brokersim run NAME --headless"
        case .unknownTerminal(let term):
            return "cannot open the terminal: TERM=\(term.isEmpty ? "(unset)" : term) is not known to ncurses"
        }
    }
}
