extension World {
    /// A consumer group gave up on a record (`dead_letter: TOPIC`): it is written to the same
    /// partition number of TOPIC (modulo its partitions, as Spring Kafka's dead-letter publisher
    /// does by default), still poison when it was, and whoever reads TOPIC is woken.
    /// - Returns: the partition written to.
    mutating func writeRetryRecord(topic t: Int, partition from: Int, poison: Bool) -> Int {
        let p = from % stream.topics[t].partitions.count
        let tc = config.topics[t]
        let offset = stream.topics[t].partitions[p].logEnd
        stream.topics[t].partitions[p].append(count: 1, bytes: 1024, first: now, last: now,
                                              segmentTime: tc.segmentTime, segmentBytes: tc.segmentBytes,
                                              maxSegments: stream.maxSegments)
        if poison { stream.topics[t].partitions[p].poison.append(offset) }
        stream.topics[t].appended += 1
        wakeWaiters(topic: t)
        return p
    }
}
