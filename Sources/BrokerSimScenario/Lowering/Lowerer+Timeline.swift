import BrokerSimCore
import Yams

extension Lowerer {
    /// Each action and the extra keys it takes.
    static let timelineActions: [(action: String, extras: [String])] = [
        ("crash", ["for"]), ("restart", []), ("slow", ["factor"]), ("scale", ["count"]),
        ("rate", ["to", "over"]), ("burst", ["count"]), ("broker", ["for"]), ("say", ["wait"]),
        ("ask", ["choices", "answer", "why", "review"]),
    ]

    /// The timeline in file order (the world sorts it by `at`, stably).
    mutating func lowerTimeline(_ root: Fields) -> [TimelineEntry] {
        guard let node = root["timeline"] else { return [] }
        guard case .sequence(let items) = node else {
            error(node, "'timeline' must be a list, found \(node.kindDescription)")
            return []
        }
        noteScaledInstances(Array(items))
        let actionNames = Lowerer.timelineActions.map(\.action)
        let extras = Lowerer.timelineActions.flatMap(\.extras).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var entries: [TimelineEntry] = []
        for item in items {
            guard let f = fields(item, of: "a timeline entry", allowed: ["at", "note"] + actionNames + extras) else { continue }
            let present = actionNames.filter { f.entries[$0] != nil }
            guard let action = present.first else {
                error(item, "timeline entry needs an action: \(actionNames.joined(separator: ", "))")
                continue
            }
            if present.count > 1 {
                error(f.keyNode(present[1])!, "timeline entry has two actions, '\(present[0])' and '\(present[1])': give one per entry")
                continue
            }
            let allowedExtras = Lowerer.timelineActions.first { $0.action == action }!.extras
            for key in f.entries.keys where extras.contains(key) && !allowedExtras.contains(key) {
                error(f.keyNode(key)!, "'\(key)' does not apply to '\(action)'")
            }
            let at = require(f, "at", in: "timeline entry").flatMap { value($0, "at", Units.duration) }
            let note = f["note"].flatMap { text($0, "note") }
            guard let lowered = timelineAction(action, f), let at else { continue }
            if action == "ask" && at.micros <= 0 {
                // The console halts just before an ask's instant, and there is no "before" 0.
                error(f["at"]!, "an 'ask' is about what happens at its 'at', and the console stops just before it: give it an 'at' after 0")
                continue
            }
            entries.append(TimelineEntry(at: SimTime(micros: at.micros), action: lowered, note: note))
        }
        return entries
    }

    /// Instances created by `scale:` anywhere on the timeline may be named elsewhere on it (the list need not be sorted).
    private mutating func noteScaledInstances(_ items: [Node]) {
        for case .mapping(let m) in items {
            guard let name = m["scale"]?.scalar?.string, let countText = m["count"]?.scalar?.string,
                  case .success(let n) = Units.count(countText) else { continue }
            noteInstances(name, Int(clamping: n))
        }
    }

    private mutating func timelineAction(_ action: String, _ f: Fields) -> TimelineAction? {
        let target = f[action]
        guard let target else {
            error(f.keyNode(action)!, "'\(action)' needs a value")
            return nil
        }
        switch action {
        case "crash":
            guard let ref = instanceTarget(target, action) else { return nil }
            return .crash(ref, downFor: positiveDuration(f, "for"))
        case "restart":
            return instanceTarget(target, action).map { .restart($0) }
        case "slow":
            guard let factorNode = require(f, "factor", in: "'slow'"), let ref = instanceTarget(target, action),
                  let factor = value(factorNode, "factor", Units.number) else { return nil }
            guard factor > 0 else { error(factorNode, "'factor' must be greater than 0"); return nil }
            guard factor <= Limits.factor && factor >= 1 / Limits.factor else {
                error(factorNode, "factor: \(factor) is outside the 0.000001 to 1,000,000 brokersim can simulate")
                return nil
            }
            return .slow(ref, factor: factor)
        case "scale":
            guard let countNode = require(f, "count", in: "'scale'"),
                  let entity = resolve(target, action, kinds: [.workerPool, .group, .service]),
                  let n = value(countNode, "count", Units.count),
                  within(countNode, "count", n, Limits.instances, "instances") else { return nil }
            let ref: EntityRef = switch entity.kind {
            case .workerPool: .workerPool(entity.index)
            case .group: .group(entity.index)
            default: .service(entity.index)
            }
            if case .service(let s) = ref, s < serviceConcurrency.count, n * Int64(serviceConcurrency[s]) > Limits.instances {
                // Each instance holds `concurrency` calls at once, as in the declaration's own check
                // (both factors are at most 1,000,000 here, so the product cannot overflow).
                error(countNode, "count × concurrency: \(n * Int64(serviceConcurrency[s])) calls in service at once "
                      + "is more than the \(Limits.spelled(Limits.instances)) brokersim can simulate")
                return nil
            }
            return .scale(ref, count: Int(clamping: n))
        case "rate":
            guard let toNode = require(f, "to", in: "'rate'"), let producer = resolve(target, action, kinds: [.producer]),
                  let rate = value(toNode, "to", Units.rate) else { return nil }
            return .rate(producer: producer.index, to: rate, over: value(f, "over", Units.duration) ?? .zero)
        case "burst":
            guard let countNode = require(f, "count", in: "'burst'"), let producer = resolve(target, action, kinds: [.producer]),
                  let n = value(countNode, "count", Units.count) else { return nil }
            let calls = producer.index < callers.count && callers[producer.index]
            guard within(countNode, "count", n, calls ? Limits.calls : Limits.backlog, calls ? "calls" : "messages") else { return nil }
            return .burst(producer: producer.index, count: n)
        case "broker":
            guard let what = text(target, action) else { return nil }
            guard what == "restart" else {
                error(target, "unknown broker action '\(what)' (expected restart)")
                return nil
            }
            return .brokerRestart(downtime: positiveDuration(f, "for") ?? .secs(1))
        case "say":
            guard let says = text(target, action) else { return nil }
            return .say(says, wait: value(f, "wait", Units.bool) ?? false)
        default:
            return ask(target, f)
        }
    }

    private mutating func ask(_ question: Node, _ f: Fields) -> TimelineAction? {
        guard let text = text(question, "ask"), let choicesNode = require(f, "choices", in: "'ask'") else { return nil }
        guard case .sequence(let list) = choicesNode else {
            error(choicesNode, "'choices' must be a list, found \(choicesNode.kindDescription)")
            return nil
        }
        let choices = list.compactMap { self.text($0, "choices") }
        guard choices.count == list.count else { return nil }
        guard choices.count >= 2 else { error(choicesNode, "'choices' needs at least 2 choices"); return nil }
        guard let answerNode = require(f, "answer", in: "'ask'"), let answer = value(answerNode, "answer", Units.count) else {
            return nil
        }
        guard (1...Int64(choices.count)).contains(answer) else {
            error(answerNode, "'answer' must be between 1 and \(choices.count) (the number of choices), found \(answer)")
            return nil
        }
        let why = f["why"].flatMap { self.text($0, "why") } ?? ""
        let review = count(f, "review", atLeast: 1).map { Int($0) }
        return .ask(question: text, choices: choices, answer: Int(answer) - 1, why: why, review: review)
    }

    /// A pool, group or service (every instance), or one instance `NAME-N` that exists at some point of the run.
    mutating func instanceTarget(_ node: Node, _ action: String) -> EntityRef? {
        guard let name = text(node, action) else { return nil }
        if names[name] == nil, let broker = kafkaBrokerTarget(name, node) ?? rabbitNodeTarget(name, node) {
            guard action == "crash" || action == "restart" else {
                error(node, "'\(action)' does not apply to '\(name)': crash or restart it")
                return nil
            }
            return broker
        }
        let wanted = "a worker pool, group, service or an instance of one"
        if let entity = names[name] {
            guard entity.kind.hasInstances, let ref = names.entityRef(name) else {
                error(node, "'\(name)' is \(article(entity.kind)) \(entity.kind.rawValue): '\(action)' takes \(wanted)")
                return nil
            }
            return ref
        }
        if let (base, number) = ScenarioNames.splitInstance(name), let owner = names[base], owner.kind.hasInstances {
            let most = maxInstances[base] ?? 0
            guard number <= most else {
                error(node, "no instance '\(name)': \(owner.kind.rawValue) '\(base)' has at most \(most)")
                return nil
            }
            return names.entityRef(name)
        }
        error(node, "unknown worker pool, group, service or instance '\(name)'")
        return nil
    }
}
