import Yams

extension Lowerer {
    /// `variants:` → (name, overrides) in file order; checks names and that overrides are maps.
    mutating func variantFields(_ node: Node) -> [(String, Node)]? {
        guard case .mapping(let mapping) = node else {
            error(node, "'variants' must be a map of variant names to overrides, found \(node.kindDescription)")
            return nil
        }
        if Int64(mapping.count) > Limits.variants {
            // Each variant lowers the whole file again: the cost is variants × file.
            error(node, Limits.tooMany("variants", Int64(mapping.count), "variants", Limits.variants))
            return nil
        }
        var result: [(String, Node)] = []
        for (key, overrides) in mapping {
            guard case .scalar(let scalar) = key else {
                error(key, "variant names must be plain names, found \(key.kindDescription)")
                continue
            }
            let name = scalar.string
            guard Lowerer.isValidName(name) else {
                error(key, "invalid variant name '\(name)': use letters, digits, '-' and '_', starting with a letter (no dots)")
                continue
            }
            if overrides.isNullScalar {
                result.append((name, .mapping(Node.Mapping([]))))
                continue
            }
            guard case .mapping(let m) = overrides else {
                error(overrides, "variant '\(name)' must be a map of overrides, found \(overrides.kindDescription)")
                continue
            }
            if let nested = m.first(where: { $0.key.scalar?.string == "variants" }) {
                error(nested.key, "variant '\(name)' cannot declare variants of its own")
                result.append((name, NodeMerge.removing("variants", from: overrides)))
                continue
            }
            result.append((name, overrides))
        }
        return result
    }
}
