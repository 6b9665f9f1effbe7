/// The scenarios compiled into the binary from the package's `Scenarios/` folder.
public enum BuiltinScenarios {
    public static var names: [String] { EmbeddedScenarios.all.map(\.name) }
    public static func text(named name: String) -> String? {
        EmbeddedScenarios.all.first { $0.name == name }?.text
    }
}
