/// Something the keys can act on: a worker, a group or one of its consumers, a producer.
///
/// Identified by name (a worker by its `id`), never by position: a live broker's queues and
/// consumers come and go between reads and a scenario's pools scale, and the selection must
/// stay on the same thing while the lists around it shift and the layout reflows.
public enum Selectable: Hashable, Sendable {
    /// A service instance (`email-api-2`) of its service (`email-api`).
    case instance(service: String, name: String)
    /// A worker or consumer, by `WorkerReading.id`.
    case worker(String)
    case group(String)
    /// A consumer of a group (`audit-1` of `audit`).
    case member(group: String, name: String)
    case producer(String)
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
        for service in services {
            for i in service.instances { out.append((.instance(service: service.name, name: i.name), 0)) }
        }
        // Callers are drawn in the services panel, under the services.
        for p in producers where p.calls { out.append((.producer(p.name), 0)) }
        let byQueue = workersByQueue()
        for q in queueOrder(view, byQueue: byQueue) {
            for w in byQueue[q] { out.append((.worker(workers[w].id), 1)) }
        }
        for p in producerOrder(stream: false, view) { out.append((.producer(producers[p].name), 1)) }
        let at = groupIndexByName()
        for t in topicOrder(view) {
            for (_, g) in groupsOf(t, at) {
                out.append((.group(groups[g].name), 2))
                for m in groups[g].members { out.append((.member(group: groups[g].name, name: m.name), 2)) }
            }
        }
        for p in producerOrder(stream: true, view) { out.append((.producer(producers[p].name), 2)) }
        return out
    }

    /// The name a user knows the selectable by (`mailer-3`, `analytics`); nil when the frame
    /// has no such thing (any more).
    public func name(of s: Selectable) -> String? {
        switch s {
        case .instance(let service, let name):
            return services.first { $0.name == service }?.instances.first { $0.name == name }?.name
        case .worker(let id): return worker(id: id)?.name
        case .group(let name): return groups.first { $0.name == name }?.name
        case .member(let group, let name): return groups.first { $0.name == group }?.members.first { $0.name == name }?.name
        case .producer(let name): return producers.first { $0.name == name }?.name
        }
    }

    /// The worker with this id (a removed one too: its name is still the user's word for it).
    public func worker(id: String) -> WorkerReading? { workers.first { $0.id == id } }
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
