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

}

extension Frame {
    /// Every selectable thing in screen order, column by column from the left and top to
    /// bottom in each: service instances; then in the task-queue panel each queue's workers
    /// (queues as listed) and its producers; then in the stream panel each topic's groups,
    /// each followed by its consumers, and its producers. Filtered and ordered as the panels
    /// are; removed workers and instances are skipped.
    public func selectables(_ view: ViewOptions = ViewOptions()) -> [Selectable] { selectablesByPanel(view).map(\.0) }

    /// The same, each with its panel (0 services, 1 task queue, 2 stream) for Tab.
    public func selectablesByPanel(_ view: ViewOptions = ViewOptions()) -> [(Selectable, Int)] {
        var out: [(Selectable, Int)] = []
        for (s, service) in services.enumerated() {
            for i in service.instances { out.append((.instance(service: s, index: i.index), 0)) }
        }
        // Callers are drawn in the services panel, under the services.
        for p in producers.indices where producers[p].calls { out.append((.producer(p), 0)) }
        let byQueue = workersByQueue()
        for q in queueOrder(view, byQueue: byQueue) {
            for w in byQueue[q] { out.append((.worker(pool: workers[w].pool, index: workers[w].index), 1)) }
        }
        for p in producerOrder(stream: false, view) { out.append((.producer(p), 1)) }
        for t in topicOrder(view) {
            for g in topics[t].groups {
                out.append((.group(g), 2))
                for i in groups[g].members.indices { out.append((.member(group: g, index: i), 2)) }
            }
        }
        for p in producerOrder(stream: true, view) { out.append((.producer(p), 2)) }
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

extension Frame {
    /// The frame the keys act on when several variants are side by side: of each kind of thing
    /// (service instances, workers, groups, producers) the readings of the pane that has the most
    /// of it (the first on a tie), so that `sync-trap`'s email-api instances (only in `sync`) and
    /// its email senders (only in `async`) can all be selected. An action then goes to every pane
    /// that has the selected thing.
    public static func selection(across frames: [Frame]) -> Frame {
        func most<T>(_ count: (Frame) -> Int, _ take: (Frame) -> T) -> T {
            var best = frames[0]
            for f in frames.dropFirst() where count(f) > count(best) { best = f }
            return take(best)
        }
        var f = frames[0]
        (f.services, f.callers) = most({ $0.services.reduce(0) { $0 + $1.instances.count } }, { ($0.services, $0.callers) })
        (f.workers, f.pools, f.queues) = most({ $0.workers.count }, { ($0.workers, $0.pools, $0.queues) })
        (f.groups, f.topics) = most({ $0.groups.reduce(0) { $0 + 1 + $1.members.count } }, { ($0.groups, $0.topics) })
        f.producers = most({ $0.producers.count }, { $0.producers })
        return f
    }
}
