/// Something the keys can act on: a worker, a group or one of its consumers, a producer.
///
/// Identified by scenario indices, not by screen position, so the selection
/// stays on the same thing while the layout reflows.
public enum Selectable: Hashable, Sendable {
    /// A service instance (`email-api-2`: index 1).
    case instance(service: Int, index: Int)
    case worker(pool: Int, index: Int)
    case group(Int)
    case member(group: Int, index: Int)
    case producer(Int)

    /// The panel it belongs to, for Tab.
    public var section: Int {
        switch self {
        case .instance: return 0
        case .worker: return 1
        case .group, .member: return 2
        case .producer: return 3
        }
    }
}

extension Frame {
    /// Every selectable thing in screen order: service instances (the leftmost column), workers,
    /// then each group followed by its consumers, then producers. Removed workers and instances
    /// are skipped.
    public var selectables: [Selectable] {
        var out: [Selectable] = []
        for (s, service) in services.enumerated() {
            for i in service.instances { out.append(.instance(service: s, index: i.index)) }
        }
        for w in workers where w.status != .removed { out.append(.worker(pool: w.pool, index: w.index)) }
        for (g, group) in groups.enumerated() {
            out.append(.group(g))
            for i in group.members.indices { out.append(.member(group: g, index: i)) }
        }
        for p in producers.indices { out.append(.producer(p)) }
        return out
    }

    /// The name a user knows the selectable by (`mailer-3`, `analytics`).
    public func name(of s: Selectable) -> String? {
        switch s {
        case .instance(let s, let i): return services.indices.contains(s) ? services[s].instances.first { $0.index == i }?.name : nil
        case .worker(let p, let i): return workers.first { $0.pool == p && $0.index == i }?.name
        case .group(let g): return groups.indices.contains(g) ? groups[g].name : nil
        case .member(let g, let i):
            return groups.indices.contains(g) && groups[g].members.indices.contains(i) ? groups[g].members[i].name : nil
        case .producer(let p): return producers.indices.contains(p) ? producers[p].name : nil
        }
    }
}
