/// One problem found in a scenario, printed as `file:line:col: message`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public init(location: SourceLocation, message: String) {
        self.location = location; self.message = message
    }
    /// One line whatever the message quotes: a newline or a terminal escape from the file is
    /// shown escaped, so tools reading stderr line by line get one problem per line and the
    /// terminal is never driven by scenario text.
    public var description: String {
        "\(Diagnostic.escaped(location.file)):\(location.line):\(location.column): \(Diagnostic.escaped(message))"
    }

    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for u in text.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(u): out += "\\u{\(String(u.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static func isControl(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029
    }
}
