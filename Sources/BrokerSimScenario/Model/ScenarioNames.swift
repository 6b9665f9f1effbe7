import BrokerSimCore
import OrderedCollections

/// What kind of thing a scenario name denotes.
public enum EntityKind: String, Sendable, Equatable, CaseIterable {
    case queue, exchange
    case workerPool = "worker pool"
    case topic, group, service, producer

    /// Pools, groups and services have numbered instances (`NAME-1 … NAME-N`).
    public var hasInstances: Bool { self == .workerPool || self == .group || self == .service }
}

/// A declared name: its kind and its dense index in that kind's config array.
public struct NamedEntity: Sendable, Equatable {
    public var kind: EntityKind
    public var index: Int
    public init(kind: EntityKind, index: Int) { self.kind = kind; self.index = index }
}

/// The file's one namespace, in declaration order: name → (kind, index).
///
/// For resolving what a user types in the console, and for the runner to
/// check names; the names themselves are also in the config structs.
public struct ScenarioNames: Sendable, Equatable {
    public private(set) var entities: OrderedDictionary<String, NamedEntity> = [:]

    public init() {}

    /// Adds a name; returns false (and keeps the first) when it is already taken.
    @discardableResult
    public mutating func add(_ name: String, _ entity: NamedEntity) -> Bool {
        if entities[name] != nil { return false }
        entities[name] = entity
        return true
    }

    public subscript(name: String) -> NamedEntity? { entities[name] }

    /// The names of one kind, in declaration (= index) order.
    public func names(of kind: EntityKind) -> [String] {
        entities.filter { $0.value.kind == kind }.map(\.key)
    }

    /// A timeline target: a pool, group, service or producer by name, or an
    /// instance as `NAME-N` (1-based in text, 0-based in the result).
    ///
    /// Does not check N against the instance count, which can change on the timeline.
    public func entityRef(_ text: String) -> EntityRef? {
        if let entity = entities[text] {
            switch entity.kind {
            case .workerPool: return .workerPool(entity.index)
            case .group: return .group(entity.index)
            case .service: return .service(entity.index)
            case .producer: return .producer(entity.index)
            case .queue, .exchange, .topic: return nil
            }
        }
        guard let (base, number) = ScenarioNames.splitInstance(text), let entity = entities[base] else { return nil }
        switch entity.kind {
        case .workerPool: return .worker(pool: entity.index, index: number - 1)
        case .group: return .member(group: entity.index, index: number - 1)
        case .service: return .serviceInstance(service: entity.index, index: number - 1)
        default: return nil
        }
    }

    /// `mailer-3` → (`mailer`, 3); nil unless the text ends in `-` and a number ≥ 1.
    public static func splitInstance(_ text: String) -> (String, Int)? {
        guard let dash = text.lastIndex(of: "-") else { return nil }
        let digits = text[text.index(after: dash)...]
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(digits), number >= 1 else { return nil }
        return (String(text[..<dash]), number)
    }
}
