import BrokerSimCore

/// A validated scenario: its text, its lowered configuration and its checks.
public struct Scenario: Sendable {
    /// The built-in name, or the file name without its extension.
    public var name: String
    /// As the user gave it (`Scenarios/x.yaml`), or `builtin:NAME`.
    public var path: String
    /// The original YAML text, unchanged.
    public var sourceText: String
    /// Defaults to `name` when the file has no `title:`.
    public var title: String
    public var about: String
    public var chapter: Int?
    /// The console's start speed (`speed:`); `--speed` overrides it.
    public var speed: Double?
    /// Entities in declaration order; the timeline in file order (the world sorts it).
    public var config: WorldConfig
    public var expectations: [Expectation]
    /// In file order; empty when the file has none.
    public var variants: [ScenarioVariant]
    public var names: ScenarioNames
}

/// One entry of `variants:`: the file with that variant's overrides deep-merged in.
public struct ScenarioVariant: Sendable {
    public var name: String
    public var config: WorldConfig
    public var expectations: [Expectation]
    /// Names of the merged file (a variant may add or remove entities).
    public var names: ScenarioNames
}
