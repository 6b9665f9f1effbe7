import BrokerSimConsole
import BrokerSimCore

extension Intervention {
    /// The timeline action this intervention is in a run whose screen is `frame`: the target
    /// found by its name among the frame's workers, pools, services, groups and producers.
    /// nil when the run has no such thing (a variant without that worker), so the action goes
    /// only where the same thing exists.
    public func timelineAction(in frame: Frame) -> TimelineAction? {
        guard let ref = entity(in: frame) else { return nil }
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

    func entity(in f: Frame) -> EntityRef? {
        switch target {
        case .worker(let name):
            guard let w = f.workers.first(where: { $0.name == name }), let p = f.pools.firstIndex(of: w.pool) else { return nil }
            return .worker(pool: p, index: w.index)
        case .pool(let name): return f.pools.firstIndex(of: name).map { .workerPool($0) }
        case .instance(let name):
            for (s, service) in f.services.enumerated() {
                if let i = service.instances.first(where: { $0.name == name }) { return .serviceInstance(service: s, index: i.index) }
            }
            return nil
        case .service(let name): return f.services.firstIndex { $0.name == name }.map { .service($0) }
        case .group(let name): return f.groups.firstIndex { $0.name == name }.map { .group($0) }
        case .member(let name):
            for (g, group) in f.groups.enumerated() {
                if let i = group.members.firstIndex(where: { $0.name == name }) { return .member(group: g, index: i) }
            }
            return nil
        case .producer(let name): return f.producers.firstIndex { $0.name == name }.map { .producer($0) }
        }
    }
}
