extension World {
    /// Members of a share group named by a timeline action (a whole group or one instance).
    func shareMembers(of ref: EntityRef) -> (group: Int, members: [Int])? {
        switch ref {
        case .group(let g) where isShareGroup(g):
            return (g, stream.shareGroups[g].members.indices.filter { !stream.shareGroups[g].members[$0].retired })
        case .member(let g, let m) where isShareGroup(g):
            return (g, m < stream.shareGroups[g].members.count && !stream.shareGroups[g].members[m].retired ? [m] : [])
        default:
            return nil
        }
    }

    /// A crashed member acknowledges nothing: its records stay locked until the lock runs out.
    mutating func shareCrash(_ g: Int, _ list: [Int]) {
        var crashed: [Int] = [], held: Int64 = 0
        for m in list where stream.shareGroups[g].members[m].alive {
            let member = stream.shareGroups[g].members[m]
            stream.shareGroups[g].members[m].alive = false
            stream.shareGroups[g].members[m].crashes += 1
            stream.shareGroups[g].members[m].generation &+= 1
            stream.shareGroups[g].members[m].waitingSince = nil
            if member.holding {
                held += member.inFlight
                // The batch end was going to settle it; now only the lock can. A restart fetches anew.
                let n = member.batch.reduce(Int64(0)) { $0 + $1.count }
                stream.shareGroups[g].orphans.append(ShareOrphan(member: Int32(m), serial: member.serial, parts: member.batch))
                stream.shareGroups[g].members[m].orphaned += n
                stream.shareGroups[g].members[m].holding = false
                stream.shareGroups[g].members[m].batch = []
                scheduleLockExpiry(g, m)
            }
            crashed.append(m)
        }
        guard let first = crashed.first else { return }
        let who = crashed.count == 1 ? memberName(g, first) : "\(crashed.count) \(config.groups[g].name) members"
        log(.bad, held > 0
            ? "\(who) crashed holding \(short(held)) locked \(plural(held, "record")): they wait for the \(formatLock(g)) record lock"
            : "\(who) crashed while idle: nothing was locked to \(crashed.count == 1 ? "it" : "them")")
    }

    mutating func shareRestart(_ g: Int, _ list: [Int]) {
        var back: [Int] = []
        for m in list where !stream.shareGroups[g].members[m].alive {
            stream.shareGroups[g].members[m].alive = true
            back.append(m)
        }
        guard let first = back.first else { return }
        log(.good, back.count == 1 ? "\(memberName(g, first)) restarted and fetches again"
            : "\(back.count) \(config.groups[g].name) members restarted and fetch again")
        for m in back { shareFetch(g, m, generation: stream.shareGroups[g].members[m].generation) }
    }

    mutating func shareSlow(_ g: Int, _ list: [Int], factor: Double, whole: Bool) {
        for m in list { stream.shareGroups[g].members[m].slowFactor = factor }
        if whole { logSlow("\(config.groups[g].name) (each member)", factor) } else if let m = list.first {
            logSlow(memberName(g, m), factor)
        }
    }

    /// Growing adds members that fetch at once; shrinking removes the highest numbers, which
    /// leave cleanly: what they hold is released now, not when the lock runs out.
    mutating func shareScale(_ g: Int, to count: Int) {
        var live = stream.shareGroups[g].members.indices.filter { !stream.shareGroups[g].members[$0].retired }
        while live.count > count, let m = live.popLast() {
            let member = stream.shareGroups[g].members[m]
            stream.shareGroups[g].members[m].retired = true
            stream.shareGroups[g].members[m].alive = false
            stream.shareGroups[g].members[m].generation &+= 1
            if member.holding {
                stream.shareGroups[g].members[m].holding = false
                for part in member.batch { settle(g, part, from: part.first, count: part.count, outcome: .released) }
                stream.shareGroups[g].members[m].batch = []
            }
        }
        advanceStartOffsets(g)
        var added: [Int] = []
        while live.count < count {
            stream.shareGroups[g].members.append(ShareMember())
            let m = stream.shareGroups[g].members.count - 1
            live.append(m)
            added.append(m)
        }
        log(.info, "\(config.groups[g].name) scaled to \(count) \(plural(Int64(count), "member"))")
        for m in added where stream.shareGroups[g].started { shareFetch(g, m, generation: 0) }
        wakeShareMembers(g)
    }

    /// `stop: drained`: nothing locked or waiting for redelivery, and every new record acquired.
    var sharesAreDrained: Bool {
        for g in stream.shareGroups.indices {
            guard isShareGroup(g), stream.shareGroups[g].members.contains(where: { $0.alive }) else { continue }
            let s = stream.shareGroups[g]
            guard s.started else { return false }
            let t = config.groups[g].topic
            for p in s.partitions.indices {
                let sp = s.partitions[p]
                if sp.acquired > 0 || sp.available > 0 || sp.next < stream.topics[t].partitions[p].logEnd { return false }
            }
        }
        return true
    }
}
