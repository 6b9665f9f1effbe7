import BrokerSimCore

/// The unit grammar of docs/scenarios.md for command-line options (`--until 3d`).
public enum UnitParser {
    /// A duration such as `90s`, `1.5h`, `3d`; a bare number is seconds.
    public static func duration(_ text: String) throws -> SimDuration {
        try Units.duration(text).get()
    }
}
