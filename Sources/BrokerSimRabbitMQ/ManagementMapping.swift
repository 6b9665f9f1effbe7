import BrokerSimSnapshot

/// Turns one set of management API responses into a `Snapshot` (docs/live.md has the rules).
struct ManagementMapping {
    var overview: ManagementJSON.Overview
    var queues: [ManagementJSON.Queue]
    var consumers: [ManagementJSON.Consumer]
    var channels: [ManagementJSON.Channel]
    var connections: [ManagementJSON.Connection]
    var nodes: [ManagementJSON.Node]
    /// The vhost the URL named: its queues go by their bare names. Without one, queues outside
    /// `/` are named `vhost/name`.
    var vhost: String?

    func snapshot(source: String, readAt: Int64) -> Snapshot {
        Snapshot(source: source, readAt: readAt, queues: queues.map(queue), consumers: consumers.map(consumer),
                 nodes: nodes.map(node), connections: connections.map(connection))
    }

    func queueName(_ name: String, vhost v: String?) -> String {
        let v = v ?? "/"
        return v == (vhost ?? "/") ? name : "\(v)/\(name)"
    }

    func queue(_ q: ManagementJSON.Queue) -> QueueSnapshot {
        // A queue argument wins over a policy, as the broker applies them.
        func setting(_ argument: String, _ policy: String) -> ManagementJSON.Value? {
            q.arguments?[argument] ?? q.effective_policy_definition?[policy]
        }
        var deadLetter: String?
        if let exchange = setting("x-dead-letter-exchange", "dead-letter-exchange")?.string {
            let key = setting("x-dead-letter-routing-key", "dead-letter-routing-key")?.string
            // The default exchange routes by the key alone: the key is the target queue.
            deadLetter = exchange.isEmpty ? key ?? "(default exchange)" : key.map { "\(exchange) → \($0)" } ?? exchange
        }
        let s = q.message_stats
        let autoAcked: Int64? = s.flatMap { s in
            s.deliver_no_ack == nil && s.get_no_ack == nil ? nil : (s.deliver_no_ack ?? 0) + (s.get_no_ack ?? 0)
        }
        var outRate: Double?
        if let s, s.ack_details?.rate != nil || s.deliver_no_ack_details?.rate != nil {
            outRate = (s.ack_details?.rate ?? 0) + (s.deliver_no_ack_details?.rate ?? 0) + (s.get_no_ack_details?.rate ?? 0)
        }
        return QueueSnapshot(
            name: queueName(q.name, vhost: q.vhost), type: q.type ?? "classic",
            ready: q.messages_ready ?? 0, unacked: q.messages_unacknowledged ?? 0, consumers: q.consumers ?? 0,
            maxLength: setting("x-max-length", "max-length")?.int, deadLetterTarget: deadLetter,
            deliveryLimit: setting("x-delivery-limit", "delivery-limit")?.int,
            published: s?.publish, delivered: s?.deliver_get, acked: s?.ack, redelivered: s?.redeliver, autoAcked: autoAcked,
            publishRate: s?.publish_details?.rate, outRate: outRate, redeliverRate: s?.redeliver_details?.rate,
            memory: q.memory, state: q.state ?? "running")
    }

    /// The client's own connection name when it set one, else its address.
    func connectionLabel(_ fullName: String?, peerHost: String?, peerPort: Int?) -> String {
        if let fullName, let c = connections.first(where: { $0.name == fullName }), let n = c.client_properties?.connection_name {
            return n
        }
        if let peerHost, let peerPort { return "\(peerHost):\(peerPort)" }
        return fullName ?? "?"
    }

    func consumer(_ c: ManagementJSON.Consumer) -> ConsumerSnapshot {
        let d = c.channel_details
        let channel = channels.first { $0.name == d?.name }
        let label = connectionLabel(d?.connection_name, peerHost: d?.peer_host, peerPort: d?.peer_port)
        let prefetch = (c.prefetch_count ?? 0) > 0 ? c.prefetch_count ?? 0 : channel?.global_prefetch_count ?? 0
        return ConsumerSnapshot(
            name: d?.number.map { "\(label) (\($0))" } ?? label, tag: c.consumer_tag,
            queue: queueName(c.queue.name, vhost: c.queue.vhost), prefetch: prefetch, ackRequired: c.ack_required ?? true,
            unacked: channel?.messages_unacknowledged ?? 0, acked: channel?.message_stats?.ack,
            ackRate: channel?.message_stats?.ack_details?.rate)
    }

    func node(_ n: ManagementJSON.Node) -> NodeSnapshot {
        NodeSnapshot(name: n.name, running: n.running ?? true, memoryUsed: n.mem_used ?? 0, memoryLimit: n.mem_limit ?? 0,
                     memoryAlarm: n.mem_alarm ?? false, diskFree: n.disk_free, diskFreeLimit: n.disk_free_limit,
                     diskAlarm: n.disk_free_alarm ?? false)
    }

    func connection(_ c: ManagementJSON.Connection) -> ConnectionSnapshot {
        ConnectionSnapshot(name: connectionLabel(c.name, peerHost: c.peer_host, peerPort: c.peer_port),
                           state: c.state ?? "running", user: c.user)
    }
}
