import BrokerSimCore
import Foundation

/// What a distribution's values measure, and so how its arguments are read.
enum Quantity {
    /// Microseconds (arguments are durations).
    case duration
    /// Bytes (arguments are sizes).
    case size

    var name: String { self == .duration ? "duration" : "size" }
}

extension Units {
    /// A call such as `uniform(20ms, 80ms)` split into `uniform` and its trimmed arguments; nil when not a call.
    static func call(_ text: String) -> (name: String, arguments: [String])? {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return nil }
        let name = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let arguments = inner.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return (name, arguments == [""] ? [] : arguments)
    }

    static func value(_ text: String, _ quantity: Quantity) -> Result<Double, UnitError> {
        switch quantity {
        case .duration: duration(text).map { Double($0.micros) }
        case .size: sizeDecimal(text).map(double)
        }
    }

    /// `50ms` (constant), `exp(50ms)`, `uniform(20ms, 80ms)`, `normal(50ms, 10ms)`, `lognormal(50ms, 0.5)`.
    static func distribution(_ text: String, _ quantity: Quantity) -> Result<Distribution, UnitError> {
        guard let (name, args) = call(text) else {
            if text.contains("(") || text.contains(")") {
                return .failure(UnitError("invalid distribution '\(text)': expected a \(quantity.name), exp(x), uniform(a, b), normal(mean, sd) or lognormal(median, sigma)"))
            }
            return value(text, quantity).map(Distribution.constant)
        }
        let arity: Int
        switch name {
        case "exp": arity = 1
        case "uniform", "normal", "lognormal": arity = 2
        default:
            return .failure(UnitError("unknown distribution '\(name)' in '\(text)' (expected exp, uniform, normal or lognormal)"))
        }
        guard args.count == arity else {
            return .failure(UnitError("'\(name)' takes \(arity) argument\(arity == 1 ? "" : "s"), found \(args.count) in '\(text)'"))
        }
        do {
            let first = try value(args[0], quantity).get()
            switch name {
            case "exp":
                return .success(.exponential(mean: first))
            case "uniform":
                let high = try value(args[1], quantity).get()
                guard first <= high else {
                    return .failure(UnitError("uniform low '\(args[0])' is above high '\(args[1])'"))
                }
                return .success(.uniform(low: first, high: high))
            case "normal":
                return .success(.normal(mean: first, sd: try value(args[1], quantity).get()))
            default:
                let sigma = try number(args[1]).get()
                guard sigma >= 0 else { return .failure(UnitError("negative sigma '\(args[1])' in '\(text)'")) }
                guard sigma <= Limits.sigma else {
                    return .failure(UnitError("sigma \(args[1]) in '\(text)' is more than the 5 brokersim can simulate "
                                              + "(its mean would be e^(σ²/2) times its median)"))
                }
                return .success(.lognormal(median: first, sigma: sigma))
            }
        } catch {
            return .failure(error)
        }
    }

    /// `users(100k)`, `hot(N, 0.2, 0.8)`, or `none`.
    static func keySpace(_ text: String) -> Result<KeySpace, UnitError> {
        if text == "none" { return .success(.none) }
        let expected = "expected users(N) or hot(N, key share, traffic share)"
        guard let (name, args) = call(text) else { return .failure(UnitError("invalid key '\(text)': \(expected)")) }
        do {
            switch (name, args.count) {
            case ("users", 1):
                let n = try count(args[0]).get()
                guard n >= 1 else { return .failure(UnitError("key space '\(text)' needs at least 1 key")) }
                return .success(.users(n))
            case ("hot", 3):
                let n = try count(args[0]).get()
                guard n >= 1 else { return .failure(UnitError("key space '\(text)' needs at least 1 key")) }
                return .success(.hot(n, keyShare: try share(args[1]).get(), trafficShare: try share(args[2]).get()))
            default:
                return .failure(UnitError("invalid key '\(text)': \(expected)"))
            }
        } catch {
            return .failure(error)
        }
    }

    /// `auto(5s)` (or `auto`, every 5 s), `after-batch`, `before-batch`.
    static func commitMode(_ text: String) -> Result<CommitMode, UnitError> {
        switch text {
        case "auto": return .success(.auto(interval: .secs(5)))
        case "after-batch": return .success(.afterBatch)
        case "before-batch": return .success(.beforeBatch)
        default:
            guard let (name, args) = call(text), name == "auto", args.count == 1 else {
                return .failure(UnitError("invalid commit '\(text)': expected auto(INTERVAL), after-batch or before-batch"))
            }
            return duration(args[0]).flatMap { interval in
                interval.micros <= 0 ? .failure(UnitError("auto commit interval must be greater than 0 in '\(text)'"))
                    : interval < Limits.shortestPeriod
                    ? .failure(UnitError("auto commit interval \(interval) in '\(text)' is shorter than the 1ms brokersim can simulate"))
                    : .success(.auto(interval: interval))
            }
        }
    }

    /// For `poison:` — an integer is a count (the first N messages), a decimal or a percentage a share.
    static func poison(_ text: String) -> Result<PoisonSpec, UnitError> {
        if text.contains(".") || text.hasSuffix("%") {
            return share(text).map { $0 == 0 ? PoisonSpec.none : .share($0) }
        }
        return count(text).map { $0 == 0 ? PoisonSpec.none : .count($0) }
    }
}
