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
            stickyAssign(&out, members: members, current: current)
        }
        return out
    }

    /// Cooperative-sticky: keep what each member owns up to its quota (the first members with more
    /// than the floor keep one extra while extra slots last); each other partition, in order, goes
    /// to the least loaded member that may still take one (the first such in member order).
    /// - Complexity: O(n log k) for n partitions and k members.
    private func stickyAssign(_ out: inout [Int32], members: [Int], current: [Int32]) {
        let n = out.count, k = members.count
        let low = n / k
        var ceilSlots = n % k
        var slot = Array(repeating: -1, count: (members.last ?? 0) + 1)
        for (i, m) in members.enumerated() { slot[m] = i }
        func slotOf(_ owner: Int32) -> Int { owner >= 0 && Int(owner) < slot.count ? slot[Int(owner)] : -1 }
        var owned = Array(repeating: 0, count: k)
        for p in 0..<n where slotOf(current[p]) >= 0 { owned[slotOf(current[p])] += 1 }
        var allowed = Array(repeating: low, count: k), count = Array(repeating: 0, count: k)
        for i in 0..<k {
            if owned[i] > low && ceilSlots > 0 { allowed[i] = low + 1; ceilSlots -= 1 }
            count[i] = min(owned[i], allowed[i])
        }
        var kept = Array(repeating: 0, count: k)
        for p in 0..<n {
            let i = slotOf(current[p])
            if i >= 0 && kept[i] < allowed[i] { out[p] = Int32(members[i]); kept[i] += 1 }
        }
        // Least loaded first, then member order: a heap of count × k + slot, stale entries skipped.
        var heap = (0..<k).map { count[$0] * k + $0 }
        heap.sort()
        func push(_ x: Int) {
            heap.append(x)
            var c = heap.count - 1
            while c > 0 && heap[(c - 1) / 2] > heap[c] { heap.swapAt(c, (c - 1) / 2); c = (c - 1) / 2 }
        }
        func popMin() {
            heap.swapAt(0, heap.count - 1)
            heap.removeLast()
            var i = 0
            while true {
                var m = i
                for c in [2 * i + 1, 2 * i + 2] where c < heap.count && heap[c] < heap[m] { m = c }
                if m == i { break }
                heap.swapAt(i, m)
                i = m
            }
        }
        for p in 0..<n where out[p] < 0 {
            while let top = heap.first, top / k != count[top % k] { popMin() }
            var best = 0
            if let top = heap.first {
                let c = top / k
                if c < low || (c == low && ceilSlots > 0) { best = top % k }
            }
            if count[best] == low && low * k < n { ceilSlots -= 1 }
            out[p] = Int32(members[best])
            count[best] += 1
            push(count[best] * k + best)
        }
    }
}
