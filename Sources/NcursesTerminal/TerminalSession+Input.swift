import BrokerSimConsole
import CNcursesw

extension TerminalSession {
    /// Waits up to `timeoutMilliseconds` for a key (a negative timeout waits
    /// forever) and decodes it. Returns nil on timeout, on a signal interrupting
    /// the wait, and on codes the console does not use.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        wtimeout(bs_stdscr(), Int32(clamping: timeoutMilliseconds))
        var code: UInt32 = 0
        let status = bs_get_wch(&code)
        if status == bs_key_code_yes(), Int32(bitPattern: code) == bs_key_mouse() {
            var y: Int32 = 0, x: Int32 = 0
            return bs_get_click(&y, &x) != 0 ? .click(x: Int(x), y: Int(y)) : nil
        }
        return KeyDecoder.decode(status: status, code: code)
    }
}
