import Yams

/// The deep merge of a variant's overrides onto the file (docs/scenarios.md, Variants).
///
/// Works on Yams nodes rather than lowered values, so every node keeps its
/// original mark and diagnostics in a merged tree point into the file.
enum NodeMerge {
    /// Maps merge key by key (keeping the base's key order, new keys after);
    /// lists and scalars replace; a `null` override deletes the key.
    static func merge(_ base: Node, _ overlay: Node) -> Node {
        guard case .mapping(let b) = base, case .mapping(let o) = overlay else { return overlay }
        var pairs: [(Node, Node)] = b.map { ($0.key, $0.value) }
        for (key, value) in o {
            let index = pairs.firstIndex { keyText($0.0) != nil && keyText($0.0) == keyText(key) }
            switch (index, value.isNullScalar) {
            case (let i?, true): pairs.remove(at: i)
            case (let i?, false): pairs[i].1 = merge(pairs[i].1, value)
            case (nil, true): continue
            case (nil, false): pairs.append((key, value))
            }
        }
        return .mapping(Node.Mapping(pairs, b.tag, b.style, b.mark))
    }

    /// The mapping without one key (the base of the variants does not carry `variants:` into them).
    static func removing(_ key: String, from node: Node) -> Node {
        guard case .mapping(let m) = node else { return node }
        let pairs = m.filter { keyText($0.key) != key }.map { ($0.key, $0.value) }
        return .mapping(Node.Mapping(pairs, m.tag, m.style, m.mark))
    }

    static func keyText(_ node: Node) -> String? { node.scalar?.string }
}
