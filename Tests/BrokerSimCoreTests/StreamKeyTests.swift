import Testing
@testable import BrokerSimCore

@Suite("Stream keys")
struct StreamKeyTests {
    /// Kafka's own test vectors (`UtilsTest.testMurmur2`).
    @Test(arguments: [("21", -973_932_308), ("foobar", -790_332_482), ("a-little-bit-long-string", -985_981_536),
                      ("a-little-bit-longer-string", -1_486_304_829),
                      ("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58_897_971), ("abc", 479_470_107)])
    func murmur2MatchesKafka(key: String, expected: Int) {
        #expect(Int32(bitPattern: KeyShares.murmur2(Array(key.utf8))) == Int32(expected))
    }

    @Test func sharesSumToOne() {
        for keys in [KeySpace.none, .users(100), .users(10_000_000), .hot(10_000, keyShare: 0.001, trafficShare: 0.5)] {
            let s = KeyShares.shares(keys, partitions: 6)
            #expect(abs(s.reduce(0, +) - 1) < 1e-9)
        }
    }

    @Test("a hot key makes a hot partition")
    func hotKeyMakesHotPartition() {
        let s = KeyShares.shares(.hot(10_000, keyShare: 0.0001, trafficShare: 0.5), partitions: 6)
        #expect(s.max()! > 0.5)
    }

    @Test("keyless bursts go in sticky batches rotating over the partitions")
    func keylessBurstsRotate() {
        var w = StreamWorlds.world(topics: [StreamWorlds.topic(partitions: 4)], groups: [],
                                   producers: [StreamWorlds.producer(backlog: 160) { $0.size = .constant(1024) }])
        w.run(1)
        // 16 KB batches of 1 KB records: 10 batches of 16 over 4 partitions → 3, 3, 2, 2 batches.
        #expect(w.stream.topics[0].partitions.map(\.logEnd) == [48, 48, 32, 32])
    }
}
