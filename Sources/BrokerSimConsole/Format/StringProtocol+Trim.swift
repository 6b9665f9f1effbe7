extension StringProtocol {
    /// The text without spaces and tabs at either end (and a `\r` at the end): what a user
    /// typed or a scenario file wrote around a value. Public for the scenario writer too.
    public var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
