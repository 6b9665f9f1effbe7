import BrokerSimSnapshot

extension GroupReading.Health {
    /// The badge for the rule's status.
    public init(_ status: GroupStatus) {
        switch status {
        case .keepingUp: self = .keepingUp
        case .fallingBehind: self = .fallingBehind
        case .recovering: self = .recovering
        case .down: self = .down
        }
    }

    /// The badge a snapshot's state word names: the rule's words (`keeping-up`…) and the states
    /// the rule does not judge (`waiting`, `rebalancing`, `stopped`).
    public init?(state: String) {
        if let status = GroupStatus(rawValue: state) { self.init(status); return }
        switch state {
        case "waiting": self = .waiting
        case "rebalancing": self = .rebalancing
        case "stopped": self = .stopped
        default: return nil
        }
    }

    /// True for what a group is doing rather than how its reading goes: not started yet,
    /// between assignments, or stopped by an error. The rule does not judge these.
    public var isState: Bool { self == .waiting || self == .rebalancing || self == .stopped }

    /// The word a snapshot's `state` gives it (`init(state:)` reads it back).
    public var state: String {
        switch self {
        case .keepingUp: GroupStatus.keepingUp.rawValue
        case .fallingBehind: GroupStatus.fallingBehind.rawValue
        case .recovering: GroupStatus.recovering.rawValue
        case .down: GroupStatus.down.rawValue
        case .waiting: "waiting"
        case .rebalancing: "rebalancing"
        case .stopped: "stopped"
        }
    }
}
