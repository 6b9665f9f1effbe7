extension World {
    /// Each closed-form member's rate, water-filled over its partitions: a caught-up partition
    /// takes what arrives, the backlogged ones share the rest equally. No allocation: the slots
    /// live in a buffer kept between calls. Only the groups of unit `u`.
    mutating func computeFlows(_ u: Int) {
        var slots = stream.flowScratch
        stream.flowScratch = []
        let groups = stream.units[u].groups
        for g32 in groups {
            let g = Int(g32)
            for p in stream.groups[g].partitions.indices { stream.groups[g].partitions[p].flow = 0 }
            guard stream.groups[g].started, !stream.groups[g].stopped else { continue }
            let t = config.groups[g].topic
            slots.removeAll(keepingCapacity: true)
            for p in stream.groups[g].partitions.indices {
                let o = Int(stream.groups[g].partitions[p].owner)
                guard o >= 0, isReading(g, p), !usesPolls(g, o) else { continue }
                let part = stream.topics[t].partitions[p]
                // Demands: a caught-up partition its arrival rate, a backlogged one "all you have".
                let demand = stream.groups[g].partitions[p].position >= part.logEnd ? part.rate : .infinity
                slots.append(FlowSlot(member: Int32(o), partition: Int32(p), demand: demand))
            }
            // By member, then demand, then partition: insertion sort, as slots come nearly sorted.
            if slots.count > 1 {
                for i in 1..<slots.count {
                    let x = slots[i]
                    var j = i
                    while j > 0, (slots[j - 1].member, slots[j - 1].demand, slots[j - 1].partition)
                        > (x.member, x.demand, x.partition) {
                        slots[j] = slots[j - 1]
                        j -= 1
                    }
                    slots[j] = x
                }
            }
            var i = 0
            while i < slots.count {
                let m = Int(slots[i].member)
                var j = i
                while j < slots.count && slots[j].member == slots[i].member { j += 1 }
                var left = memberRate(g, m), k = Double(j - i)
                var level = -1.0
                for s in i..<j {
                    // Once one partition is short, every later one gets the same water level.
                    let give: Double
                    if level >= 0 { give = level } else if slots[s].demand <= left / k {
                        give = slots[s].demand
                        left -= give
                        k -= 1
                    } else {
                        level = left / k
                        give = level
                    }
                    stream.groups[g].partitions[Int(slots[s].partition)].flow = give
                }
                i = j
            }
        }
        stream.flowScratch = slots
    }
}
