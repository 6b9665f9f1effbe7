import BrokerSimConsole
import BrokerSimCore

extension Intervention {
    /// The timeline action this intervention is in the run `world`: the target found by its
    /// name among the run's workers, pools, services, groups and producers (never by where a
    /// frame listed it: a frame leaves out a group's members that left, so positions on screen
    /// are not the run's). nil when the run has no such thing (a variant without that worker),
    /// so the action goes only where the same thing exists.
    public func timelineAction(in world: World) -> TimelineAction? {
        guard let ref = entity(in: world) else { return nil }
        switch act {
        case .crash: return .crash(ref, downFor: nil)
        case .restart: return .restart(ref)
        case .slow(let factor): return .slow(ref, factor: factor)
        case .scale(let count): return .scale(ref, count: count)
        case .rate(let perSecond):
            guard case .producer(let p) = ref else { return nil }
            return .rate(producer: p, to: perSecond, over: .zero)
        }
    }

    func entity(in w: World) -> EntityRef? {
        let cfg = w.config
        switch target {
        case .worker(let name):
            // As the frame names it (`mailer-3`).
            for (p, ids) in w.pools.enumerated() {
                for (i, id) in ids.enumerated() where w.workerName(Int(id)) == name {
                    return .worker(pool: p, index: i)
                }
            }
            return nil
        case .pool(let name): return cfg.workers.firstIndex { $0.name == name }.map { .workerPool($0) }
        case .instance(let name):
            for s in w.sync.services.indices {
                for id in w.sync.services[s].instances.map({ Int($0) })
                where !w.sync.instances[id].retired && w.serviceInstanceName(id) == name {
                    return .serviceInstance(service: s, index: Int(w.sync.instances[id].number) - 1)
                }
            }
            return nil
        case .service(let name): return cfg.services.firstIndex { $0.name == name }.map { .service($0) }
        case .group(let name): return cfg.groups.firstIndex { $0.name == name }.map { .group($0) }
        case .member(let name):
            for g in cfg.groups.indices {
                let retired = w.shareGroup(g).map { $0.members.map(\.retired) } ?? w.stream.groups[g].members.map(\.retired)
                if let m = retired.indices.first(where: { !retired[$0] && w.memberName(g, $0) == name }) {
                    return .member(group: g, index: m)
                }
            }
            return nil
        case .producer(let name): return cfg.producers.firstIndex { $0.name == name }.map { .producer($0) }
        }
    }
}
