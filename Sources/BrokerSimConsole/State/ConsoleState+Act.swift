import BrokerSimCore

extension ConsoleState {
    /// Turns crash / restart / slow / more / less on the selection into a
    /// timeline action, or a message saying why nothing happened.
    mutating func act(_ action: ConsoleAction, frame: Frame) -> [ConsoleEffect] {
        guard let sel = selection, let name = frame.name(of: sel) else {
            message = "Select something first: \(KeyMap.standard.keysText(for: .selectNext)) or Tab"
            return []
        }
        if case .producer(let p) = sel {
            let rate = frame.producers[p].rate
            switch action {
            case .moreSelected: return [.inject(.rate(producer: p, to: rate > 0 ? rate * 2 : 1, over: .zero))]
            case .lessSelected: return [.inject(.rate(producer: p, to: rate / 2, over: .zero))]
            default:
                message = "\(name) is a producer: [ and ] change its rate"
                return []
            }
        }
        let ref = entityRef(sel)
        switch action {
        case .crashSelected: return [.inject(.crash(ref, downFor: nil))]
        case .restartSelected: return [.inject(.restart(ref))]
        case .toggleSlowSelected:
            return [.inject(.slow(ref, factor: isSlow(sel, frame) ? 1 : Self.slowFactor))]
        case .moreSelected, .lessSelected:
            let delta = action == .moreSelected ? 1 : -1
            let (scaled, count) = poolOrGroup(sel, frame)
            return [.inject(.scale(scaled, count: max(0, count + delta)))]
        default: return []
        }
    }

    func entityRef(_ s: Selectable) -> EntityRef {
        switch s {
        case .instance(let s, let i): return .serviceInstance(service: s, index: i)
        case .worker(let p, let i): return .worker(pool: p, index: i)
        case .group(let g): return .group(g)
        case .member(let g, let i): return .member(group: g, index: i)
        case .producer(let p): return .producer(p)
        }
    }

    func isSlow(_ s: Selectable, _ f: Frame) -> Bool {
        switch s {
        case .instance(let s, let i): return f.services[s].instances.first { $0.index == i }?.status == .slow
        case .worker(let p, let i): return f.workers.first { $0.pool == p && $0.index == i }?.status == .slow
        case .member(let g, let i): return f.groups[g].members[i].slow
        case .group(let g): return f.groups[g].members.contains { $0.slow }
        case .producer: return false
        }
    }

    /// The pool or group a scale acts on, and how many instances it has now.
    func poolOrGroup(_ s: Selectable, _ f: Frame) -> (EntityRef, Int) {
        switch s {
        case .instance(let s, _):
            return (.service(s), f.services[s].instances.count)
        case .worker(let p, _):
            return (.workerPool(p), f.workers.filter { $0.pool == p && $0.status != .removed }.count)
        case .group(let g), .member(let g, _):
            return (.group(g), f.groups[g].members.count)
        case .producer(let p): return (.producer(p), 0)
        }
    }
}

extension KeyMap {
    /// The keys of an action as the hint line writes them (`↓ j`), ASCII.
    public func keysText(for action: ConsoleAction, glyphs: GlyphSet = .ascii) -> String {
        bindings.first { $0.action == action }?.keyLabel(glyphs) ?? ""
    }
}
