import BrokerSimSnapshot
import Foundation

/// Reads the six management API endpoints brokersim shows and maps them to a `Snapshot`.
public struct ManagementClient: Sendable {
    public let endpoint: ManagementEndpoint
    let fetcher: any HTTPFetcher

    public init(endpoint: ManagementEndpoint, fetcher: any HTTPFetcher) {
        self.endpoint = endpoint; self.fetcher = fetcher
    }

    /// The API paths read, in order, with the vhost the URL names (if any).
    var paths: [(name: String, path: String)] {
        let v = endpoint.vhost.map { "/" + ManagementEndpoint.percentEncoded($0) } ?? ""
        let inVhost = endpoint.vhost.map { "/vhosts/" + ManagementEndpoint.percentEncoded($0) } ?? ""
        return [("overview", "/api/overview"), ("queues", "/api/queues\(v)"), ("consumers", "/api/consumers\(v)"),
                ("channels", "/api/\(inVhost.isEmpty ? "" : inVhost + "/")channels"),
                ("connections", "/api/\(inVhost.isEmpty ? "" : inVhost + "/")connections"), ("nodes", "/api/nodes")]
    }

    /// One read of every endpoint; `now` stamps it (ms since the epoch).
    public func read(now: () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }) throws(ReadError) -> Snapshot {
        var bodies: [String: Data] = [:]
        for (name, path) in paths { bodies[name] = try fetcher.get(path) }
        return try Self.map(bodies, endpoint: endpoint, readAt: now())
    }

    /// One queue's ready and unacked messages as the broker's statistics give them (RabbitMQ
    /// refreshes them every 5 s); nil while a new queue has none yet.
    public func queueCounts(vhost: String, name: String) throws(ReadError) -> (ready: Int64, unacked: Int64)? {
        let body = try fetcher.get("/api/queues/\(ManagementEndpoint.percentEncoded(vhost))/\(ManagementEndpoint.percentEncoded(name))")
        let q: ManagementJSON.Queue
        do { q = try JSONDecoder().decode(ManagementJSON.Queue.self, from: body) } catch {
            throw ReadError(.badResponse, "unexpected answer from /api/queues: not the RabbitMQ management API's JSON")
        }
        guard let ready = q.messages_ready, let unacked = q.messages_unacknowledged else { return nil }
        return (ready, unacked)
    }

    /// Maps the bodies (by endpoint name: overview, queues, consumers, channels, connections, nodes).
    public static func map(_ bodies: [String: Data], endpoint: ManagementEndpoint, readAt: Int64) throws(ReadError) -> Snapshot {
        func decode<T: Decodable>(_ name: String, as: T.Type) throws(ReadError) -> T {
            do {
                return try JSONDecoder().decode(T.self, from: bodies[name] ?? Data())
            } catch {
                throw ReadError(.badResponse, "unexpected answer from /api/\(name): not the RabbitMQ management API's JSON")
            }
        }
        let overview = try decode("overview", as: ManagementJSON.Overview.self)
        let mapping = ManagementMapping(
            overview: overview, queues: try decode("queues", as: [ManagementJSON.Queue].self),
            consumers: try decode("consumers", as: [ManagementJSON.Consumer].self),
            channels: try decode("channels", as: [ManagementJSON.Channel].self),
            connections: try decode("connections", as: [ManagementJSON.Connection].self),
            nodes: try decode("nodes", as: [ManagementJSON.Node].self), vhost: endpoint.vhost)
        let version = overview.rabbitmq_version.map { "RabbitMQ \($0)" } ?? "RabbitMQ"
        let source = "\(overview.node ?? endpoint.host) (\(version)) at \(endpoint.host):\(endpoint.port)"
        return mapping.snapshot(source: source, readAt: readAt)
    }
}
