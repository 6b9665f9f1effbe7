import Yams

/// The sections that declare names, with the kind each declares, in the order they are lowered.
let namedSections: [(key: String, kind: EntityKind)] = [
    ("queues", .queue), ("exchanges", .exchange), ("workers", .workerPool), ("topics", .topic),
    ("groups", .group), ("services", .service), ("producers", .producer),
]

extension Lowerer {
    /// Names pass: registers every declared name before any section is lowered.
    ///
    /// Indices are positions within each section, so they match the config
    /// arrays, which get one entry per declaration even when it has errors.
    /// A clash is reported at the later declaration in the file.
    mutating func declareNames(_ root: Fields) {
        var declared: [(name: String, entity: NamedEntity, key: Node)] = []
        for (section, kind) in namedSections {
            guard let node = root[section], case .mapping(let mapping) = node else { continue }
            for (index, pair) in mapping.enumerated() {
                guard case .scalar(let scalar) = pair.key else { continue }
                checkName(scalar.string, kind: kind, at: pair.key)
                declared.append((scalar.string, NamedEntity(kind: kind, index: index), pair.key))
            }
        }
        let inFileOrder = declared.enumerated().sorted { a, b in
            let (la, lb) = (a.element.key.mark, b.element.key.mark)
            return (la?.line ?? 0, la?.column ?? 0, a.offset) < (lb?.line ?? 0, lb?.column ?? 0, b.offset)
        }.map(\.element)
        for item in inFileOrder where !names.add(item.name, item.entity) {
            let first = names[item.name]!
            error(item.key, "name '\(item.name)' is already used by \(article(first.kind)) \(first.kind.rawValue)")
        }
        // `mailer-1` as a queue name next to a pool `mailer` would make instance names ambiguous.
        for item in inFileOrder {
            if let (base, _) = ScenarioNames.splitInstance(item.name), let owner = names[base], owner.kind.hasInstances {
                error(item.key, "name '\(item.name)' is also the name of an instance of \(owner.kind.rawValue) '\(base)'")
            }
        }
    }

    /// Letters, digits, `-` and `_`, starting with a letter; pools, groups and services not ending in `-N`.
    mutating func checkName(_ name: String, kind: EntityKind, at node: Node) {
        guard Lowerer.isValidName(name) else {
            error(node, "invalid name '\(name)': use letters, digits, '-' and '_', starting with a letter (no dots)")
            return
        }
        if kind.hasInstances, ScenarioNames.splitInstance(name) != nil {
            error(node, "\(kind.rawValue) name '\(name)' may not end in '-' and digits: its instances are named '\(name)-1' …")
        }
    }

    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetter else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// `a`, `a or b`, `a, b or c`.
    static func listing(_ words: [String]) -> String {
        words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }

    func article(_ kind: EntityKind) -> String {
        kind == .exchange ? "an" : "a"
    }

    /// Resolves a name that must denote one of `kinds`; reports unknown names and names of another kind.
    mutating func resolve(_ node: Node, _ key: String, kinds: [EntityKind]) -> NamedEntity? {
        guard let name = text(node, key) else { return nil }
        let wanted = Lowerer.listing(kinds.map(\.rawValue))
        guard let entity = names[name] else {
            error(node, "unknown \(wanted) '\(name)'")
            return nil
        }
        guard kinds.contains(entity.kind) else {
            error(node, "'\(name)' is \(article(entity.kind)) \(entity.kind.rawValue), not \(article(kinds[0])) \(wanted)")
            return nil
        }
        return entity
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
