import Yams

extension ScenarioLoader {
    /// Refuses a file whose aliases repeat more text than the file holds plus `Limits.aliasExpansion`
    /// characters: every copy of an aliased scalar is read, checked and perhaps printed again, so a
    /// small file could otherwise cost hours or gigabytes ("billion laughs", one level deep).
    /// The walk stops as soon as the budget is spent, so it is bounded too.
    static func checkAliasExpansion(_ root: Node, text: String, file: String) throws(ScenarioError) {
        var budget = text.utf8.count + Limits.aliasExpansion
        var stack = [root]
        while let node = stack.popLast() {
            switch node {
            case .scalar(let s): budget -= s.string.utf8.count + 1
            case .mapping(let m):
                budget -= 1
                for (k, v) in m { stack.append(v); stack.append(k) }
            case .sequence(let s):
                budget -= 1
                stack.append(contentsOf: s.reversed())
            case .alias: budget -= 1
            }
            if budget < 0 {
                let at = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
                throw ScenarioError(diagnostics: [Diagnostic(location: at, message:
                    "the aliases in this file repeat more text than brokersim reads (the file's own length plus "
                    + "\(Limits.spelled(Int64(Limits.aliasExpansion))) characters): write the text out, or repeat it less")])
            }
        }
    }
}
