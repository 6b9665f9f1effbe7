extension ConsoleState {
    /// Turns crash / restart / slow / more / less on the selection into an
    /// intervention, or a message saying why nothing happened.
    mutating func act(_ action: ConsoleAction, frame: Frame) -> [ConsoleEffect] {
        guard let sel = selection, let name = frame.name(of: sel) else {
            message = "Select something first: \(KeyMap.standard.keysText(for: .selectNext)) or Tab"
            return []
        }
        if case .producer = sel {
            let rate = frame.producers.first { $0.name == name }?.rate ?? 0
            switch action {
            case .moreSelected: return [.intervene(Intervention(.rate(perSecond: rate > 0 ? rate * 2 : 1), .producer(name)))]
            case .lessSelected: return [.intervene(Intervention(.rate(perSecond: rate / 2), .producer(name)))]
            default:
                message = "\(name) is a producer: [ and ] change its rate"
                return []
            }
        }
        let target = Self.target(sel, name)
        switch action {
        case .crashSelected: return [.intervene(Intervention(.crash, target))]
        case .restartSelected: return [.intervene(Intervention(.restart, target))]
        case .toggleSlowSelected:
            choosingSlow = true
            message = "Slow \(name): 2 for 2x, 5 (or s) for 5x, 0 for 10x, 1 back to normal; any other key cancels"
            return []
        case .moreSelected, .lessSelected:
            let delta = action == .moreSelected ? 1 : -1
            let (scaled, count) = poolOrGroup(sel, frame)
            return [.intervene(Intervention(.scale(to: max(0, count + delta)), scaled))]
        default: return []
        }
    }

    /// The key after `s`: a factor for the selection, or nothing.
    mutating func chooseSlow(_ action: ConsoleAction, frame: Frame) -> [ConsoleEffect] {
        choosingSlow = false
        guard let sel = selection, let name = frame.name(of: sel) else { return [] }
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
        return [.intervene(Intervention(.slow(factor: factor), Self.target(sel, name)))]
    }

    /// The selection named as an intervention's target.
    static func target(_ s: Selectable, _ name: String) -> Intervention.Target {
        switch s {
        case .instance: return .instance(name)
        case .worker: return .worker(name)
        case .group: return .group(name)
        case .member: return .member(name)
        case .producer: return .producer(name)
        }
    }

    /// The pool, group or service a scale acts on, and how many instances it has now.
    func poolOrGroup(_ s: Selectable, _ f: Frame) -> (Intervention.Target, Int) {
        switch s {
        case .instance(let service, _):
            return (.service(service), f.services.first { $0.name == service }?.instances.count ?? 0)
        case .worker(let id):
            let pool = f.worker(id: id)?.pool ?? ""
            return (.pool(pool), f.workers.filter { $0.pool == pool && $0.status != .removed }.count)
        case .group(let g), .member(let g, _):
            return (.group(g), f.groups.first { $0.name == g }?.members.count ?? 0)
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
