import BrokerSimConsole
import CFatalSignals
import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The console's hold on the terminal, from `newterm` to teardown.
///
/// A non-`Sendable` final class owned by the run loop: ncurses is one global
/// state machine, so exactly one thread talks to it and Swift 6 needs no unsafe
/// globals. Create it, `defer { session.teardown() }`, then loop on `readKey`,
/// `pendingSignal` and `present`.
///
/// Restoring the terminal is covered on every path: `teardown` (idempotent, also
/// from `deinit`) on a normal exit or SIGINT/SIGTERM/SIGHUP (which only set a
/// flag the loop polls), and the fatal-signal target's armed restore bytes and
/// saved termios on a crash signal.
public final class TerminalSession {
    public let colorTier: ColorTier
    /// ASCII when the locale is not UTF-8.
    public let glyphs: GlyphSet
    let palette: Palette
    private var screen: OpaquePointer?
    private var outFile: UnsafeMutablePointer<FILE>?
    private var inFile: UnsafeMutablePointer<FILE>?
    private var active = false
    /// What is on the screen now, for diffing; nil forces a full redraw.
    var shown: CellGrid?
    /// Colour pair per (fg, bg) role combination, allocated on first use; 0 = unallocated.
    var pairs: [Int16]
    var nextPair: Int16 = 1

    /// Written by the fatal-signal handler: mouse reporting off, keypad mode off,
    /// attributes reset, cursor shown, alternate screen left. Fixed xterm/ECMA-48
    /// sequences rather than terminfo strings because termios must be saved
    /// before `newterm` changes it, i.e. before terminfo is loaded; terminals
    /// that lack one of these ignore it.
    static let restoreBytes = "\u{1b}[?1000l\u{1b}[?1002l\u{1b}[?1006l\u{1b}[?1l\u{1b}>\u{1b}[0m\u{1b}[?25h\u{1b}[?1049l\r\n"

    /// Takes the terminal. Throws when stdin/stdout are not a terminal or TERM is
    /// unknown; on a throw the terminal is untouched.
    /// - Parameter mouse: report left clicks as `Key.click`.
    public init(environment: [String: String], mouse: Bool = true) throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        glyphs = GlyphSet.forLocale(utf8: bs_locale_is_utf8() != 0)
        pairs = Array(repeating: 0, count: Role.allCases.count * Role.allCases.count)

        bs_fatal_install()
        bs_term_signals_install()
        bs_unblock_console_signals()
        // Saves the termios of fd 0 now, before ncurses changes it.
        Self.restoreBytes.withCString { bs_fatal_arm_terminal($0, strlen($0)) }

        // Own descriptors, so closing the FILE*s at teardown leaves fds 0 and 1 open.
        outFile = bs_fdopen(dup(1), "w")
        inFile = bs_fdopen(dup(0), "r")
        screen = newterm(nil, outFile, inFile)
        guard screen != nil else {
            bs_fatal_disarm_terminal()
            if let f = outFile { fclose(f) }
            if let f = inFile { fclose(f) }
            throw TerminalError.unknownTerminal(environment["TERM"] ?? "")
        }
        active = true
        cbreak()
        noecho()
        nonl()
        intrflush(bs_stdscr(), false)
        keypad(bs_stdscr(), true)
        for (sequence, key) in KeyDecoder.homeEndSequences {
            if let code = KeyDecoder.code(for: key) { _ = bs_define_key(sequence, code) }
        }
        leaveok(bs_stdscr(), true)
        curs_set(0)
        // Esc must close the help at once, not after ncurses' 1 s wait for a sequence.
        bs_set_escdelay(25)

        // COLORS is only known after start_color, so NO_COLOR and has_colors decide
        // whether to start colour at all, and COLORS then picks the tier.
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            colorTier = ColorTier.detect(noColor: nil, hasColors: true, colors: Int(bs_colors()))
        } else {
            colorTier = .none
        }
        palette = Palette(tier: colorTier)
        if mouse { bs_enable_clicks() }
    }

    deinit { teardown() }

    /// The terminal's size now (it changes after `Key.resize`).
    public var size: GridSize { GridSize(width: Int(bs_getmaxx()), height: Int(bs_getmaxy())) }

    /// The last of SIGINT/SIGTERM/SIGHUP received since the previous call, if any.
    public func pendingSignal() -> Int32? {
        let s = bs_term_signal_pending()
        return s == 0 ? nil : s
    }

    /// Gives the terminal back: leaves curses mode, restores the tty and disarms
    /// the crash restore. Safe to call any number of times.
    public func teardown() {
        guard active else { return }
        active = false
        endwin()
        if let s = screen { delscreen(s) }
        screen = nil
        if let f = outFile { fclose(f) }
        if let f = inFile { fclose(f) }
        outFile = nil
        inFile = nil
        bs_fatal_disarm_terminal()
    }
}
