import BrokerSimConsole
import CNcursesw
import Testing
@testable import NcursesTerminal

@Suite("Key decoding")
struct KeyDecoderTests {
    func char(_ c: UInt32) -> Key? { KeyDecoder.decode(status: bs_ok(), code: c) }
    func fkey(_ k: Int32) -> Key? { KeyDecoder.decode(status: bs_key_code_yes(), code: UInt32(bitPattern: k)) }

    @Test func charactersAndControlCodes() {
        #expect(char(0x20) == .char(" "))
        #expect(char(0x71) == .char("q"))
        #expect(char(0xE9) == .char("é"))
        #expect(char(9) == .tab)
        #expect(char(10) == .enter)
        #expect(char(13) == .enter)
        #expect(char(27) == .escape)
        #expect(char(127) == .backspace)
        #expect(char(3) == .control("c"))
        #expect(char(12) == .control("l"))
        #expect(char(0) == nil)
    }

    @Test func functionKeys() {
        #expect(fkey(bs_key_up()) == .up)
        #expect(fkey(bs_key_down()) == .down)
        #expect(fkey(bs_key_left()) == .left)
        #expect(fkey(bs_key_right()) == .right)
        #expect(fkey(bs_key_home()) == .home)
        #expect(fkey(bs_key_btab()) == .backTab)
        #expect(fkey(bs_key_resize()) == .resize)
        #expect(fkey(bs_key_enter()) == .enter)
    }

    /// tmux sends `\e[1~` / `\e[4~` for Home / End whatever TERM says inside it; terminfo
    /// entries of the vt220 family call those Find / Select, xterm's lists `\eOH` / `\eOF` only.
    /// Every form decodes to Home or End, and the session teaches ncurses each sequence.
    @Test func homeAndEndWhateverTheTerminalCallsThem() {
        #expect(fkey(bs_key_end()) == .end)
        #expect(fkey(bs_key_find()) == .home)
        #expect(fkey(bs_key_select()) == .end)
        #expect(fkey(bs_key_a1()) == .home)
        #expect(fkey(bs_key_c1()) == .end)
        let taught = KeyDecoder.homeEndSequences
        for s in ["\u{1B}[1~", "\u{1B}[H", "\u{1B}OH"] { #expect(taught.first { $0.sequence == s }?.key == .home, "\(s.debugDescription)") }
        for s in ["\u{1B}[4~", "\u{1B}[F", "\u{1B}OF"] { #expect(taught.first { $0.sequence == s }?.key == .end, "\(s.debugDescription)") }
        #expect(KeyDecoder.code(for: .home) == bs_key_home() && KeyDecoder.code(for: .end) == bs_key_end())
    }

    @Test func timeoutIsNoKey() {
        #expect(KeyDecoder.decode(status: bs_err(), code: 0) == nil)
    }
}
