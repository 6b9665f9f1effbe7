/// What a source read of a broker at one instant, by entity name, in a fixed order.
///
/// Source-neutral: a poller of a real broker produces it (and a recording holds it, one
/// per line), so does a simulation (`World.snapshot()`), and everything drawn or reported
/// over time (rates, sparklines, drain estimates, acks per consumer) is computed from a
/// series of them by `SnapshotHistory`, whichever the source. Lists are sorted
/// by name so that nothing shown depends on the order a broker answered in.
public struct Snapshot: Codable, Hashable, Sendable {
    /// Where it was read, for the header and the report (`rabbit@localhost at 127.0.0.1:15672`).
    public var source: String
    /// When the read finished, milliseconds since the Unix epoch.
    public var readAt: Int64
    public var queues: [QueueSnapshot]
    public var consumers: [ConsumerSnapshot]
    public var nodes: [NodeSnapshot]
    public var connections: [ConnectionSnapshot]
    /// Partitioned logs and their consumer groups (empty for a RabbitMQ read).
    public var topics: [TopicSnapshot]
    public var groups: [GroupSnapshot]

    public init(source: String, readAt: Int64, queues: [QueueSnapshot] = [], consumers: [ConsumerSnapshot] = [],
                nodes: [NodeSnapshot] = [], connections: [ConnectionSnapshot] = [], topics: [TopicSnapshot] = [],
                groups: [GroupSnapshot] = []) {
        self.source = source; self.readAt = readAt
        self.queues = Self.ordered(queues) { $0.name < $1.name }
        self.consumers = Self.ordered(consumers) { ($0.queue, $0.name, $0.tag) < ($1.queue, $1.name, $1.tag) }
        self.nodes = Self.ordered(nodes) { $0.name < $1.name }
        self.connections = Self.ordered(connections) { $0.name < $1.name }
        self.topics = Self.ordered(topics) { $0.name < $1.name }
        self.groups = Self.ordered(groups) { $0.name < $1.name }
    }

    /// The list as it is when already in order (a simulation hands its lists over sorted, a
    /// read at a time), else sorted: one pass instead of a sort.
    static func ordered<T>(_ list: [T], by less: (T, T) -> Bool) -> [T] {
        for i in list.indices.dropFirst() where less(list[i], list[i - 1]) { return list.sorted(by: less) }
        return list
    }

    public func queue(_ name: String) -> QueueSnapshot? { queues.first { $0.name == name } }
    public func topic(_ name: String) -> TopicSnapshot? { topics.first { $0.name == name } }

    /// Connections the broker is holding back: `blocked` ones tried to publish during an
    /// alarm; `blocking` ones will be blocked the moment they publish.
    public var blockedConnections: [ConnectionSnapshot] { connections.filter { $0.state == "blocked" } }
}
