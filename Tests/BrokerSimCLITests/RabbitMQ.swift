import Foundation
import Testing

/// The RabbitMQ that `.ci/run` starts on 127.0.0.1 (management API on 15672, user guest),
/// driven through its HTTP API with curl: queues declared, messages published and taken.
/// Tests that need it say so in their names and fail (never skip) when it is not there.
enum RabbitMQ {
    static let api = "http://127.0.0.1:15672/api"

    @discardableResult
    static func call(_ method: String, _ path: String, _ body: String? = nil) throws -> CLIResult {
        var args = ["-sf", "-u", "guest:guest", "-X", method, "-H", "content-type: application/json", api + path]
        if let body { args += ["-d", body] }
        return try CLI.command(URL(fileURLWithPath: "/usr/bin/curl"), args)
    }

    /// Records an issue saying what is missing when the broker does not answer.
    static func required(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let up = (try? call("GET", "/overview"))?.status == 0
        if !up {
            Issue.record("needs a RabbitMQ 3.10 on 127.0.0.1 with the management API on 15672 (user guest): .ci/run installs and starts one",
                         sourceLocation: sourceLocation)
        }
        return up
    }

    /// A fresh queue with a name of its own, deleted by the caller.
    static func declare(_ name: String, maxLength: Int) throws {
        try call("DELETE", "/queues/%2F/\(name)")
        let r = try call("PUT", "/queues/%2F/\(name)", "{\"durable\":false,\"arguments\":{\"x-max-length\":\(maxLength)}}")
        #expect(r.status == 0, "declaring \(name) failed")
    }

    static func publish(_ queue: String, count: Int) throws {
        for i in 0..<count {
            try call("POST", "/exchanges/%2F/amq.default/publish",
                     "{\"properties\":{},\"routing_key\":\"\(queue)\",\"payload\":\"m\(i)\",\"payload_encoding\":\"string\"}")
        }
    }

    /// Takes up to `count` messages for good (as a consumer that acks would).
    static func take(_ queue: String, count: Int) throws {
        try call("POST", "/queues/%2F/\(queue)/get", "{\"count\":\(count),\"ackmode\":\"ack_requeue_false\",\"encoding\":\"auto\"}")
    }

    /// The queue as the API says now (its statistics lag up to 5 s).
    static func queue(_ queue: String) -> [String: Any]? {
        guard let r = try? call("GET", "/queues/%2F/\(queue)") else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    }

    /// Waits (up to 20 s) until the API's statistics show `ready` ready and `published` published
    /// in all: the two counters come from different statistics and can catch up at different reads.
    static func waitCounted(_ queue: String, ready: Int, published: Int) -> Bool {
        for _ in 0..<80 {
            if let o = Self.queue(queue), o["messages_ready"] as? Int == ready,
               (o["message_stats"] as? [String: Any])?["publish"] as? Int == published { return true }
            Thread.sleep(forTimeInterval: 0.25)
        }
        return false
    }
}
