/// The lists the panels show and the keys walk, filtered and ordered by the
/// view options. One definition for both, so the selection moves in the order
/// things are drawn. Ties keep declaration order: nothing depends on hashing.
extension Frame {
    /// Worker indices (into `workers`) of each queue, removed ones left out, in one pass:
    /// each worker under the queue of its queue's name.
    public func workersByQueue() -> [[Int]] {
        var out = Array(repeating: [Int](), count: queues.count)
        let at = queueIndexByName()
        for (i, w) in workers.enumerated() where w.status != .removed {
            if let q = at[w.queue] { out[q].append(i) }
        }
        return out
    }

    /// Each queue's position in `queues`, by name (looked up only, never iterated).
    public func queueIndexByName() -> [String: Int] {
        var at: [String: Int] = [:]
        at.reserveCapacity(queues.count)
        for (q, queue) in queues.enumerated() where at[queue.name] == nil { at[queue.name] = q }
        return at
    }

    /// Each group's position in `groups`, by name (looked up only, never iterated): a topic
    /// names its groups, and a source's groups come and go between reads. Built once per
    /// frame drawn, so a topic's rows cost a lookup each, not a search.
    public func groupIndexByName() -> [String: Int] {
        var at: [String: Int] = [:]
        at.reserveCapacity(groups.count)
        for (g, group) in groups.enumerated() where at[group.name] == nil { at[group.name] = g }
        return at
    }

    /// The groups topic `t` names that the frame has, in the topic's order, each with its
    /// position in the topic's list (its letter, and its column of `committed`).
    public func groupsOf(_ t: Int, _ at: [String: Int]) -> [(letter: Int, group: Int)] {
        topics[t].groups.enumerated().compactMap { i, name in at[name].map { (i, $0) } }
    }

    /// Queue indices as the task-queue panel lists them.
    public func queueOrder(_ view: ViewOptions, byQueue: [[Int]]) -> [Int] {
        var list = Array(queues.indices)
        if !view.filter.isEmpty {
            list = list.filter { q in view.matches(queues[q].name) || byQueue[q].contains { view.matches(workers[$0].name) } }
        }
        switch view.order {
        case .declared: return list
        case .name: return list.sorted { (queues[$0].name, $0) < (queues[$1].name, $1) }
        case .depth: return list.sorted { (-(queues[$0].ready + queues[$0].unacked), $0) < (-(queues[$1].ready + queues[$1].unacked), $1) }
        case .lag: return list.sorted { (-queues[$0].ready, $0) < (-queues[$1].ready, $1) }
        }
    }

    /// Topic indices as the stream panel lists them.
    public func topicOrder(_ view: ViewOptions) -> [Int] {
        var list = Array(topics.indices)
        let at = view.filter.isEmpty && view.order != .lag ? [:] : groupIndexByName()
        if !view.filter.isEmpty {
            list = list.filter { t in
                view.matches(topics[t].name) || groupsOf(t, at).contains { _, g in
                    view.matches(groups[g].name) || groups[g].members.contains { view.matches($0.name) }
                }
            }
        }
        func records(_ t: Int) -> Int64 { topics[t].partitions.reduce(0) { $0 + $1.logEnd - $1.logStart } }
        func lag(_ t: Int) -> Int64 { groupsOf(t, at).map { groups[$0.group].lag }.max() ?? 0 }
        switch view.order {
        case .declared: return list
        case .name: return list.sorted { (topics[$0].name, $0) < (topics[$1].name, $1) }
        case .depth: return list.sorted { (-records($0), $0) < (-records($1), $1) }
        case .lag: return list.sorted { (-lag($0), $0) < (-lag($1), $1) }
        }
    }

    /// Producers of one side (to topics, or to queues and exchanges), filtered.
    public func producerOrder(stream: Bool, _ view: ViewOptions) -> [Int] {
        producers.indices.filter {
            producers[$0].toStream == stream && !producers[$0].calls
                && (view.filter.isEmpty || view.matches(producers[$0].name) || view.matches(producers[$0].target))
        }
    }
}
