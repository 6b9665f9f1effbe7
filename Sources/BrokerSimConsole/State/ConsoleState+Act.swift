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
            choosingSlow = true
            message = "Slow \(name): 2 for 2x, 5 (or s) for 5x, 0 for 10x, 1 back to normal; any other key cancels"
            return []
        case .moreSelected, .lessSelected:
            let delta = action == .moreSelected ? 1 : -1
            let (scaled, count) = poolOrGroup(sel, frame)
            return [.inject(.scale(scaled, count: max(0, count + delta)))]
        default: return []
        }
    }

    /// The key after `s`: a factor for the selection, or nothing.
    mutating func chooseSlow(_ action: ConsoleAction, frame: Frame) -> [ConsoleEffect] {
        choosingSlow = false
        guard let sel = selection, frame.name(of: sel) != nil else { return [] }
        let factor: Double
        switch action {
        case .answer(1): factor = 1
        case .answer(2): factor = 2
        case .answer(5), .toggleSlowSelected: factor = Self.slowFactor
        case .answer(0): factor = 10
        default:
            message = "Not slowed"
            return []
        }
        return [.inject(.slow(entityRef(sel), factor: factor))]
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

extension ConsoleState {
    /// A key while `/` is open: the filter applies as it is typed.
    mutating func typeFilter(_ action: ConsoleAction) {
        switch action {
        case .type(let ch): view.filter.append(ch)
        case .erase: if !view.filter.isEmpty { view.filter.removeLast() }
        case .confirm: filtering = false
        case .dismiss:
            filtering = false
            view.filter = ""
        default: break
        }
    }
}
