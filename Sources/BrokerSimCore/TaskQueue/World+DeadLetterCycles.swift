/// The sets of queues a message was dead-lettered from since its last rejection, interned so
/// that a message carries a 16-bit index instead of a list. The table grows with distinct paths
/// through the dead-letter graph, not with messages.
struct DeadLetterPaths: Sendable {
    /// Sorted queue indices of each set; index 0 is the empty set.
    var sets: [[Int32]] = [[]]
    var index: [[Int32]: UInt16] = [[]: 0]
    /// Once every index is taken, a message that needs a new set is dropped rather than followed.
    static let full = UInt16.max
}

extension World {
    /// The path `path` with queue `q` added (interned).
    mutating func deadLetterPath(_ path: UInt16, adding q: Int) -> UInt16 {
        if path == DeadLetterPaths.full { return path }
        var set = deadLetterPaths.sets[Int(path)]
        let i = set.firstIndex { $0 >= Int32(q) } ?? set.count
        if i < set.count && set[i] == Int32(q) { return path }
        set.insert(Int32(q), at: i)
        if let known = deadLetterPaths.index[set] { return known }
        guard deadLetterPaths.sets.count < Int(DeadLetterPaths.full) else { return DeadLetterPaths.full }
        let id = UInt16(deadLetterPaths.sets.count)
        deadLetterPaths.sets.append(set)
        deadLetterPaths.index[set] = id
        return id
    }

    /// The queues a dead-lettered run reaches, minus those it was already dead-lettered from;
    /// `cycled` says whether the cycle rule removed any.
    func deadLetterTargets(_ dlx: Destination, _ run: MessageRun) -> (queues: [Int32], cycled: Bool) {
        let all: [Int32]
        switch dlx {
        case .queue(let t): all = [Int32(t)]
        case .exchange(let e, let key):
            let k = key.isEmpty ? Int(run.routingKey) : Int(internKeyKnown(key))
            all = routes[e][k]
        }
        if run.deadLetterPath == 0 { return (all, false) }
        if run.deadLetterPath == DeadLetterPaths.full { return ([], true) }
        let path = deadLetterPaths.sets[Int(run.deadLetterPath)]
        let kept = all.filter { !path.contains($0) }
        return (kept, kept.count != all.count)
    }

    mutating func noteDeadLetterCycle(_ q: Int) {
        guard !queues[q].said.contains(.deadLetterCycle) else { return }
        queues[q].said.insert(.deadLetterCycle)
        log(.bad, "\(config.queues[q].name): a dead-lettered message would come back to a queue it already left "
            + "with no rejection in between: dropped (dead-letter cycle)")
    }
}
