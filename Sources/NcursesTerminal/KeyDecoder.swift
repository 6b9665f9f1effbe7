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

    static func function(_ code: Int32) -> Key? {
        switch code {
        case bs_key_up(): return .up
        case bs_key_down(): return .down
        case bs_key_left(): return .left
        case bs_key_right(): return .right
        case bs_key_home(): return .home
        case bs_key_end(): return .end
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
