extension Assignor {
    /// Owners of `n` partitions among `members` (member indices, ascending), as Kafka's assignors
    /// give them; `current` is the owner of each partition now (-1 none), used by sticky.
    func assign(partitions n: Int, members: [Int], current: [Int32]) -> [Int32] {
        var out = Array(repeating: Int32(-1), count: n)
        let k = members.count
        guard k > 0 else { return out }
        switch self {
        case .range:
            // Contiguous ranges; the first n % k members get one more.
            var p = 0
            for (i, m) in members.enumerated() {
                let take = n / k + (i < n % k ? 1 : 0)
                for _ in 0..<take { out[p] = Int32(m); p += 1 }
            }
        case .roundrobin:
            for p in 0..<n { out[p] = Int32(members[p % k]) }
        case .cooperativeSticky:
            // Keep what each member owns up to its quota; hand out the rest to the least loaded.
            let low = n / k
            var ceilSlots = n % k
            var count = [Int: Int]()
            for m in members {
                let mine = (0..<n).filter { current[$0] == Int32(m) }
                var allowed = low
                if mine.count > low && ceilSlots > 0 { allowed = low + 1; ceilSlots -= 1 }
                for p in mine.prefix(allowed) { out[p] = Int32(m) }
                count[m] = min(mine.count, allowed)
            }
            for p in 0..<n where out[p] < 0 {
                var best = -1
                for m in members {
                    let c = count[m]!
                    let canTake = c < low || (c == low && ceilSlots > 0)
                    if canTake && (best < 0 || c < count[best]!) { best = m }
                }
                if best < 0 { best = members[0] }
                if count[best]! == low && low * k < n { ceilSlots -= 1 }
                out[p] = Int32(best)
                count[best]! += 1
            }
        }
        return out
    }
}
