/// The parts of RabbitMQ 3.10's management API responses that brokersim reads. Every
/// field is optional: the broker leaves out statistics it has not collected (a queue that
/// never saw a message has no `message_stats`), and a missing field must not fail a read.
enum ManagementJSON {
    struct Rate: Decodable { var rate: Double? }

    struct MessageStats: Decodable {
        var publish: Int64?, publish_details: Rate?
        var deliver_get: Int64?
        var ack: Int64?, ack_details: Rate?
        var redeliver: Int64?, redeliver_details: Rate?
        var deliver_no_ack: Int64?, deliver_no_ack_details: Rate?
        var get_no_ack: Int64?, get_no_ack_details: Rate?
    }

    /// A queue argument or policy value: numbers and strings are all brokersim reads.
    enum Value: Decodable {
        case int(Int64), string(String), other
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let i = try? c.decode(Int64.self) { self = .int(i) } else if let s = try? c.decode(String.self) { self = .string(s) } else { self = .other }
        }
        var int: Int64? { if case .int(let i) = self { return i }; return nil }
        var string: String? { if case .string(let s) = self { return s }; return nil }
    }

    struct Queue: Decodable {
        var name: String
        var vhost: String?
        var type: String?
        var state: String?
        var messages_ready: Int64?
        var messages_unacknowledged: Int64?
        var consumers: Int?
        var memory: Int64?
        var arguments: [String: Value]?
        var effective_policy_definition: [String: Value]?
        var message_stats: MessageStats?
    }

    struct QueueRef: Decodable { var name: String; var vhost: String? }

    struct ChannelDetails: Decodable {
        var name: String?
        var number: Int?
        var connection_name: String?
        var peer_host: String?
        var peer_port: Int?
    }

    struct Consumer: Decodable {
        var consumer_tag: String
        var queue: QueueRef
        var channel_details: ChannelDetails?
        var prefetch_count: Int?
        var ack_required: Bool?
    }

    struct Channel: Decodable {
        var name: String
        var messages_unacknowledged: Int64?
        var global_prefetch_count: Int?
        var message_stats: MessageStats?
    }

    struct ClientProperties: Decodable { var connection_name: String? }

    struct Connection: Decodable {
        var name: String
        var state: String?
        var user: String?
        var peer_host: String?
        var peer_port: Int?
        var client_properties: ClientProperties?
    }

    struct Node: Decodable {
        var name: String
        var running: Bool?
        var mem_used: Int64?
        var mem_limit: Int64?
        var mem_alarm: Bool?
        var disk_free: Int64?
        var disk_free_limit: Int64?
        var disk_free_alarm: Bool?
    }

    struct Overview: Decodable {
        var cluster_name: String?
        var node: String?
        var rabbitmq_version: String?
    }
}
