import BrokerSimConsole
import CNcursesw

/// Turns what `wget_wch` returned into a `Key`.
///
/// Pure apart from reading the KEY_* constants, so it is tested without a tty.
public enum KeyDecoder {
    /// `status` is `OK` for a character or `KEY_CODE_YES` for a function key,
    /// `code` the character or KEY_* value. Unknown codes give nil (ignored).
    public static func decode(status: Int32, code: UInt32) -> Key? {
        if status == bs_key_code_yes() { return function(Int32(bitPattern: code)) }
        guard status == bs_ok() else { return nil }
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
        case 0, 28...31: return nil
        default:
            guard let s = Unicode.Scalar(code) else { return nil }
            return .char(Character(s))
        }
    }

    /// What terminals send for Home and End: tmux `\e[1~` `\e[4~` (whatever TERM says inside
    /// it), xterm `\e[H` `\e[F` or, in keypad mode, `\eOH` `\eOF`, rxvt `\e[7~` `\e[8~`. A
    /// sequence the terminfo entry does not list would reach the console as Esc, `[`, `1`,
    /// `~`: Esc closes the help, `[` scales the selected pool down. The session teaches
    /// ncurses every one of them (`define_key`).
    public static let homeEndSequences: [(sequence: String, key: Key)] = [
        ("\u{1B}[1~", .home), ("\u{1B}[H", .home), ("\u{1B}OH", .home), ("\u{1B}[7~", .home),
        ("\u{1B}[4~", .end), ("\u{1B}[F", .end), ("\u{1B}OF", .end), ("\u{1B}[8~", .end),
    ]

    /// The ncurses key code `homeEndSequences` bind to.
    public static func code(for key: Key) -> Int32? {
        switch key {
        case .home: return bs_key_home()
        case .end: return bs_key_end()
        default: return nil
        }
    }

    static func function(_ code: Int32) -> Key? {
        switch code {
        case bs_key_up(): return .up
        case bs_key_down(): return .down
        case bs_key_left(): return .left
        case bs_key_right(): return .right
        // Terminfo entries of the vt220 family call tmux's `\e[1~` Find and `\e[4~` Select; the
        // keypad's upper and lower left keys are Home and End with Num Lock off.
        case bs_key_home(), bs_key_find(), bs_key_a1(): return .home
        case bs_key_end(), bs_key_select(), bs_key_c1(): return .end
        case bs_key_ppage(): return .pageUp
        case bs_key_npage(): return .pageDown
        case bs_key_btab(): return .backTab
        case bs_key_enter(): return .enter
        case bs_key_backspace(): return .backspace
        case bs_key_resize(): return .resize
        default: return nil
        }
    }
}
