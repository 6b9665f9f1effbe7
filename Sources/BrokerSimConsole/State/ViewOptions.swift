/// How the panels list a large topology: a name filter (`/`) and an order (`o`).
public struct ViewOptions: Hashable, Sendable {
    /// Shown only what matches, case-insensitively; empty shows everything.
    public var filter: String = ""
    public var order: PanelOrder = .declared

    public init(filter: String = "", order: PanelOrder = .declared) {
        self.filter = filter
        self.order = order
    }

    /// True when `name` contains the filter (ASCII case folded, so it is cheap and
    /// does not depend on the locale).
    public func matches(_ name: String) -> Bool {
        guard !filter.isEmpty else { return true }
        return Self.fold(name).contains(Self.fold(filter))
    }

    static func fold(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }))
    }
}

/// The order of queues and topics in their panels; `o` cycles through them.
public enum PanelOrder: Hashable, Sendable, CaseIterable {
    /// As the scenario declares them.
    case declared
    case name
    /// Deepest first: queues by ready + unacked, topics by records in the log.
    case depth
    /// Furthest behind first: queues by messages waiting (ready), topics by their groups' largest lag.
    case lag

    public var next: PanelOrder {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// How the hint line and panel titles say it.
    public var label: String {
        switch self {
        case .declared: return "as declared"
        case .name: return "by name"
        case .depth: return "by depth"
        case .lag: return "by lag"
        }
    }
}
