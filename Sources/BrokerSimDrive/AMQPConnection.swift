import CRabbitMQ

/// Where the driver connects and as whom. The password is kept only to log in; it is never
/// printed (`display` has none).
public struct AMQPLogin: Sendable {
    public var host: String
    public var port: Int
    public var vhost: String
    public var user: String
    let password: String

    public init(host: String, port: Int, vhost: String, user: String, password: String) {
        self.host = host; self.port = port; self.vhost = vhost; self.user = user; self.password = password
    }

    /// `amqp://guest@127.0.0.1:5672/`: what the report says.
    public var display: String {
        let h = host.contains(":") ? "[\(host)]" : host
        return "amqp://\(user)@\(h):\(port)/\(vhost == "/" ? "" : vhost)"
    }
}

/// A one-line reason from the broker or the socket.
public struct AMQPError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// One AMQP connection with channel 1 open. rabbitmq-c connections are not thread-safe: each
/// one is created, used and closed by a single thread, which is why this class is not Sendable.
final class AMQPConnection {
    private let state: amqp_connection_state_t
    private var closed = false
    /// Reused for every delivery: the worker loop allocates nothing per message.
    private var body = [UInt8](repeating: 0, count: DriveMessageHeader.size)

    /// A delivery as the worker sees it: the tag to ack, the redelivered flag and the first
    /// bytes of the body (the driver's header).
    struct Delivery {
        var tag: UInt64
        var redelivered: Bool
        var header: DriveMessageHeader?
    }

    init(_ login: AMQPLogin, timeoutMillis: Int32 = 5000) throws(AMQPError) {
        var err = [CChar](repeating: 0, count: 512)
        guard let s = bs_amqp_connect(login.host, Int32(login.port), login.vhost, login.user, login.password,
                                      timeoutMillis, &err, err.count) else {
            throw AMQPError(Self.text(err))
        }
        state = s
    }

    deinit { if !closed { bs_amqp_disconnect(state, 0) } }

    /// Closes channel and connection; `polite: false` drops the socket as a killed process would.
    func close(polite: Bool = true) {
        guard !closed else { return }
        closed = true
        bs_amqp_disconnect(state, polite ? 1 : 0)
    }

    private func call(_ body: (UnsafeMutablePointer<CChar>, Int) -> Int32) throws(AMQPError) {
        var err = [CChar](repeating: 0, count: 512)
        let r = err.withUnsafeMutableBufferPointer { body($0.baseAddress!, $0.count) }
        if r != 0 {
            // A refused RPC closes channel 1 on the server's side: open it again for the next call.
            var again = [CChar](repeating: 0, count: 256)
            _ = bs_amqp_open_channel(state, 1, &again, again.count)
            throw AMQPError(Self.text(err))
        }
    }

    func declareQueue(_ q: DeclaredQueue) throws(AMQPError) {
        try call { e, n in
            bs_amqp_declare_queue(state, 1, q.name, q.durable ? 1 : 0, q.type, q.maxLength ?? -1, q.overflow,
                                  q.ttlMillis ?? -1, q.deadLetterExchange, q.deadLetterKey, q.deliveryLimit ?? -1,
                                  q.singleActive ? 1 : 0, e, n)
        }
    }

    func deleteQueue(_ name: String) throws(AMQPError) { try call { bs_amqp_delete_queue(state, 1, name, $0, $1) } }

    func declareExchange(_ name: String, type: String, durable: Bool) throws(AMQPError) {
        try call { bs_amqp_declare_exchange(state, 1, name, type, durable ? 1 : 0, $0, $1) }
    }

    func deleteExchange(_ name: String) throws(AMQPError) { try call { bs_amqp_delete_exchange(state, 1, name, $0, $1) } }

    func bind(queue: String, exchange: String, key: String) throws(AMQPError) {
        try call { bs_amqp_bind(state, 1, queue, exchange, key, $0, $1) }
    }

    /// Ready messages in a queue now (passive declare).
    func ready(_ queue: String) throws(AMQPError) -> Int64 {
        var err = [CChar](repeating: 0, count: 512)
        let n = bs_amqp_queue_ready(state, 1, queue, nil, &err, err.count)
        if n < 0 {
            var again = [CChar](repeating: 0, count: 256)
            _ = bs_amqp_open_channel(state, 1, &again, again.count)
            throw AMQPError(Self.text(err))
        }
        return n
    }

    func consume(_ queue: String, prefetch: Int, autoAck: Bool) throws(AMQPError) {
        try call { bs_amqp_consume(state, queue, Int32(min(prefetch, 65_535)), autoAck ? 1 : 0, $0, $1) }
    }

    /// nil: nothing within the timeout. Throws when the channel or the connection is gone.
    func nextDelivery(timeoutMillis: Int32) throws(AMQPError) -> Delivery? {
        var tag: UInt64 = 0, redelivered: Int32 = 0, len = 0
        let cap = body.count
        let r = bs_amqp_next_delivery(state, timeoutMillis, &tag, &redelivered, &body, cap, &len)
        if r < 0 { throw AMQPError("the broker closed the consumer's channel") }
        if r == 0 { return nil }
        return Delivery(tag: tag, redelivered: redelivered != 0, header: DriveMessageHeader(body, count: len))
    }

    func ack(_ tag: UInt64) throws(AMQPError) {
        if bs_amqp_ack(state, tag) != 0 { throw AMQPError("basic.ack failed: the connection is gone") }
    }

    func reject(_ tag: UInt64, requeue: Bool) throws(AMQPError) {
        if bs_amqp_reject(state, tag, requeue ? 1 : 0) != 0 { throw AMQPError("basic.reject failed: the connection is gone") }
    }

    func confirmSelect() throws(AMQPError) { try call { bs_amqp_confirm_select(state, $0, $1) } }

    func publish(exchange: String, key: String, body: [UInt8], persistent: Bool) throws(AMQPError) {
        let r = body.withUnsafeBufferPointer { bs_amqp_publish(state, exchange, key, $0.baseAddress, $0.count, persistent ? 1 : 0) }
        if r != 0 { throw AMQPError("basic.publish failed: \(String(cString: amqp_error_string2(r)))") }
    }

    enum Confirm { case ack(UInt64, multiple: Bool), nack(UInt64, multiple: Bool) }

    func pollConfirm(timeoutMillis: Int32) throws(AMQPError) -> Confirm? {
        var tag: UInt64 = 0, multiple: Int32 = 0
        switch bs_amqp_poll_confirm(state, timeoutMillis, &tag, &multiple) {
        case 1: return .ack(tag, multiple: multiple != 0)
        case 2: return .nack(tag, multiple: multiple != 0)
        case 0: return nil
        default: throw AMQPError("the broker closed the publisher's channel")
        }
    }

    static func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
