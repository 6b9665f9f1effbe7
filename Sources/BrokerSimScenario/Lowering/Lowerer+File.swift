import BrokerSimCore
import Yams

/// One scenario tree lowered: the file itself, or the file with a variant merged in.
struct LoweredFile {
    var title: String?
    var about = ""
    var chapter: Int?
    /// The console's start speed (`speed:`), when the file gives one.
    var speed: Double?
    var config = WorldConfig()
    var expectations: [Expectation] = []
    var names = ScenarioNames()
}

extension Lowerer {
    static let topLevelKeys = [
        "title", "about", "chapter", "speed", "seed", "stop", "broker", "queues", "exchanges", "workers", "topics",
        "groups", "kafka", "services", "producers", "timeline", "expect", "variants",
    ]

    /// Lowers a whole tree; `variants:` is left to the loader.
    mutating func lowerFile(_ root: Node) -> LoweredFile {
        var out = LoweredFile()
        guard let f = fields(root, of: "the scenario", allowed: Lowerer.topLevelKeys) else { return out }
        declareNames(f)
        out.names = names
        out.title = f["title"].flatMap { text($0, "title") }
        out.about = f["about"].flatMap { text($0, "about") } ?? ""
        out.chapter = count(f, "chapter", atLeast: 1).map { Int($0) }
        out.speed = value(f, "speed", Lowerer.speed)
        if let seed = value(f, "seed", Lowerer.seed) { out.config.seed = seed }
        if let stop = value(f, "stop", Lowerer.stop) { out.config.stop = stop }
        out.config.broker = lowerBroker(f)
        out.config.queues = lowerQueues(f)
        out.config.exchanges = lowerExchanges(f)
        out.config.workers = lowerWorkers(f)
        out.config.topics = lowerTopics(f)
        compactedTopics = out.config.topics.map(\.cleanup.policy.compacts)
        out.config.kafka = lowerKafka(f, topics: out.config.topics)
        out.config.groups = lowerGroups(f, topics: out.config.topics)
        out.config.services = lowerServices(f)
        serviceConcurrency = out.config.services.map(\.concurrency)
        out.config.producers = lowerProducers(f)
        callers = out.config.producers.map { if case .service = $0.target { true } else { false } }
        out.config.timeline = lowerTimeline(f)
        out.expectations = lowerExpectations(f, out.config)
        return out
    }

    static func seed(_ text: String) -> Result<UInt64, UnitError> {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let seed = UInt64(text) else {
            return .failure(UnitError("invalid seed '\(text)': expected a whole number from 0 to \(UInt64.max)"))
        }
        return .success(seed)
    }

    /// A console start speed: the `+`/`-` range, 0.1 to 10,000 (a number, `x` optional: `600`, `600x`).
    static func speed(_ text: String) -> Result<Double, UnitError> {
        let digits = text.hasSuffix("x") || text.hasSuffix("×") ? String(text.dropLast()) : text
        guard let v = Double(digits), v.isFinite, v >= 0.1, v <= 10_000 else {
            return .failure(UnitError("invalid speed '\(text)': expected a number from 0.1 to 10000 (times real time)"))
        }
        return .success(v)
    }

    static func stop(_ text: String) -> Result<StopCondition, UnitError> {
        if text == "drained" { return .success(.drained) }
        switch Units.duration(text) {
        case .success(let d) where d.micros > 0: return .success(.after(d))
        case .success: return .failure(UnitError("'stop' must be a duration greater than 0 or 'drained'"))
        case .failure(let e): return .failure(UnitError(e.message + " (or 'drained')"))
        }
    }
}
