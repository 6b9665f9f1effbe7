extension Snapshot {
    enum CodingKeys: String, CodingKey {
        case source, readAt, queues, consumers, nodes, connections, topics, groups
    }

    /// Recordings made before topics and groups were read have neither key: they read as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(source: try c.decode(String.self, forKey: .source), readAt: try c.decode(Int64.self, forKey: .readAt),
                  queues: try c.decode([QueueSnapshot].self, forKey: .queues),
                  consumers: try c.decode([ConsumerSnapshot].self, forKey: .consumers),
                  nodes: try c.decode([NodeSnapshot].self, forKey: .nodes),
                  connections: try c.decode([ConnectionSnapshot].self, forKey: .connections),
                  topics: try c.decodeIfPresent([TopicSnapshot].self, forKey: .topics) ?? [],
                  groups: try c.decodeIfPresent([GroupSnapshot].self, forKey: .groups) ?? [])
    }

    /// Topics and groups are written only when there are some, so a RabbitMQ recording's lines
    /// stay as they were.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(readAt, forKey: .readAt)
        try c.encode(queues, forKey: .queues)
        try c.encode(consumers, forKey: .consumers)
        try c.encode(nodes, forKey: .nodes)
        try c.encode(connections, forKey: .connections)
        if !topics.isEmpty { try c.encode(topics, forKey: .topics) }
        if !groups.isEmpty { try c.encode(groups, forKey: .groups) }
    }
}
