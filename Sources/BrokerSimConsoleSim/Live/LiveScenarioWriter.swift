import BrokerSimConsole
import BrokerSimCore

/// Writes a scenario's text plus the actions taken in the console as a new
/// scenario (`w`): the original text kept byte for byte, the actions added at
/// the end of its `timeline:` (or in a new one) with exact times, so an
/// improvised class demo replays as it happened. The timeline need not be
/// sorted, so appending is enough. The expectations were written for the
/// unaltered run: they are kept as comments, so a headless re-run does not
/// fail on them.
public enum LiveScenarioWriter {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// `timeline: [ … ]` in flow style with entries: not edited, to keep the text as written.
        case flowTimeline
        /// A variant written as `{ … }` with keys, or its own `timeline:` as `[ … ]`: not edited.
        case flowVariant(String)
        case variantTimeline(String)
        case variantNotFound(String)
        public var description: String {
            switch self {
            case .flowTimeline: return "the scenario's timeline is written as a [ ] list; write it as a block list to add actions"
            case .flowVariant(let v): return "variant \(v) is written as a { } map; write it as a block map to add its actions"
            case .variantTimeline(let v): return "variant \(v)'s timeline is written as a [ ] list; write it as a block list to add actions"
            case .variantNotFound(let v): return "variant \(v) was not found in the file's variants:"
            }
        }
    }

    public static func write(source: String, entries: [TimelineEntry], config: WorldConfig) throws(Failure) -> String {
        guard !entries.isEmpty else { return source }
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let key = lines.firstIndex(where: { isTimelineKey($0) }) else {
            let block = entries.map { yaml($0, config: config, indent: "  ") }.joined()
            return commentOutExpectations(lines).joined(separator: "\n") + "\ntimeline:\n  # added in the console\n" + block
        }
        let rest = lines[key].dropFirst("timeline:".count).trimmingSpaces
        if rest.hasPrefix("[") {
            guard rest.hasPrefix("[]") else { throw .flowTimeline }
            lines[key] = "timeline:"
        }
        // The block runs until the next line that starts a top-level key.
        var end = key + 1
        while end < lines.count && !startsTopLevelKey(lines[end]) { end += 1 }
        var insertAt = end
        while insertAt > key + 1 && lines[insertAt - 1].trimmingSpaces.isEmpty { insertAt -= 1 }
        let indent = lines[(key + 1)..<end].first { $0.trimmingSpaces.hasPrefix("- ") }
            .map { String($0.prefix { $0 == " " }) } ?? "  "
        var block = ["\(indent)# added in the console"]
        for e in entries {
            block += yaml(e, config: config, indent: indent).split(separator: "\n").map(String.init)
        }
        lines.insert(contentsOf: block, at: insertAt)
        return commentOutExpectations(lines).joined(separator: "\n") + "\n"
    }

    static func isTimelineKey(_ line: String) -> Bool {
        guard line.hasPrefix("timeline:") else { return false }
        let rest = line.dropFirst("timeline:".count).trimmingSpaces
        return rest.isEmpty || rest.hasPrefix("#") || rest.hasPrefix("[")
    }

    static func startsTopLevelKey(_ line: String) -> Bool {
        guard let c = line.first else { return false }
        return c != " " && c != "-" && c != "#" && c != "\t"
    }

    /// One timeline entry as a YAML block item.
    static func yaml(_ e: TimelineEntry, config: WorldConfig, indent: String) -> String {
        let at = SimDuration(micros: e.at.micros).description
        let pad = indent + "  "
        var out = "\(indent)- at: \(at)\n"
        switch e.action {
        case .crash(let ref, let d):
            out += "\(pad)crash: \(name(ref, config))\n"
            if let d { out += "\(pad)for: \(d)\n" }
        case .restart(let ref): out += "\(pad)restart: \(name(ref, config))\n"
        case .slow(let ref, let f): out += "\(pad)slow: \(name(ref, config))\n\(pad)factor: \(number(f))\n"
        case .scale(let ref, let n): out += "\(pad)scale: \(name(ref, config))\n\(pad)count: \(n)\n"
        case .rate(let p, let to, let over):
            out += "\(pad)rate: \(config.producers[p].name)\n\(pad)to: \(number(to))/s\n"
            if over.micros > 0 { out += "\(pad)over: \(over)\n" }
        case .burst(let p, let n): out += "\(pad)burst: \(config.producers[p].name)\n\(pad)count: \(n)\n"
        case .brokerRestart(let d): out += "\(pad)broker: restart\n\(pad)for: \(d)\n"
        case .say(let text, let wait):
            out += "\(pad)say: \(quoted(text))\n"
            if wait { out += "\(pad)wait: true\n" }
        case .ask(let q, let choices, let answer, let why, let review):
            out += "\(pad)ask: \(quoted(q))\n\(pad)choices:\n"
            for c in choices { out += "\(pad)  - \(quoted(c))\n" }
            out += "\(pad)answer: \(answer + 1)\n"
            if !why.isEmpty { out += "\(pad)why: \(quoted(why))\n" }
            if let review { out += "\(pad)review: \(review)\n" }
        }
        if let note = e.note { out += "\(pad)note: \(quoted(note))\n" }
        return out
    }

    /// The scenario name of what an action targets (`mailer-3`, `analytics`).
    static func name(_ ref: EntityRef, _ cfg: WorldConfig) -> String {
        switch ref {
        case .workerPool(let p): return cfg.workers[p].name
        case .worker(let p, let i): return "\(cfg.workers[p].name)-\(i + 1)"
        case .group(let g): return cfg.groups[g].name
        case .member(let g, let i): return "\(cfg.groups[g].name)-\(i + 1)"
        case .service(let s): return cfg.services[s].name
        case .serviceInstance(let s, let i): return "\(cfg.services[s].name)-\(i + 1)"
        case .producer(let p): return cfg.producers[p].name
        case .kafkaBroker(let b): return "kafka-\(b + 1)"
        case .rabbitNode(let n): return "rabbit-\(n + 1)"
        }
    }

    /// A number as scenario text: no exponent, no trailing `.0`.
    static func number(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        let thousandths = Int64((x * 1000).rounded())
        var s = "\(thousandths / 1000).\(String(thousandths % 1000).leftPadded(to: 3).replacingSpaces(with: "0"))"
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }
}

extension String {
    func replacingSpaces(with c: Character) -> String { String(map { $0 == " " ? c : $0 }) }
    func replacingAll(_ a: Character, with b: String) -> String {
        var out = ""
        for ch in self { if ch == a { out += b } else { out.append(ch) } }
        return out
    }
}
