import BrokerSimSnapshot

extension DriveReading {
    /// The measured run as a snapshot, so the console draws it with the code that draws a
    /// watched broker (rates, sparklines, drain estimate, a crashed worker shown gone). Names
    /// are the scenario's (without the prefix), so the two panes line up; `readAt` is scenario
    /// milliseconds since the start.
    public func snapshot(source: String) -> Snapshot {
        let queues = self.queues.map { q in
            QueueSnapshot(name: q.name, type: q.type, ready: q.ready, unacked: q.unacked,
                          consumers: workers.filter { $0.queue == q.name && $0.connected }.count, maxLength: q.maxLength,
                          deadLetterTarget: q.deadLetterTarget, deliveryLimit: q.deliveryLimit, published: q.published,
                          delivered: q.delivered, acked: q.acked, redelivered: q.redelivered)
        }
        let consumers = workers.filter(\.connected).map { w in
            ConsumerSnapshot(name: w.name, tag: "\(w.name) #\(w.crashes)", queue: w.queue, prefetch: w.prefetch,
                             ackRequired: !w.autoAck, unacked: w.held, acked: w.processed)
        }
        return Snapshot(source: source, readAt: Int64((seconds * 1000).rounded()), queues: queues, consumers: consumers)
    }
}
