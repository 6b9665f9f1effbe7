import Testing
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// RabbitMQ stream rules (docs/rabbit-streams.md), each on a real run of a small file.
@Suite("RabbitMQ streams")
struct StreamQueueTests {
    static func run(_ text: String, until: Double? = nil) throws -> (World, JSONValue) {
        let s = try ScenarioLoader.parse(text: text, file: "s.yaml", name: "s")
        var w = World(config: s.config)
        w.checkInvariants = true
        if case .after(let d) = s.config.stop { w.advance(to: until.map { .zero + .seconds($0) } ?? .zero + d) }
        #expect(w.invariantFailure == nil, "\(w.invariantFailure ?? "")")
        let r = Report.build(w, header: .init(scenario: "s", seed: 1, variant: nil, wallSeconds: 0), expectations: [])
        return (w, r)
    }

    static func n(_ r: JSONValue, _ path: String) -> Double {
        r.value(at: path.split(separator: ".").map(String.init))?.number ?? -1
    }

    @Test("reading deletes nothing: two pools each read every message, and the stream keeps them all")
    func everyConsumerReadsEverything() throws {
        let (_, r) = try Self.run("""
            stop: 30s
            queues:
              events: {type: stream}
            workers:
              audit: {queue: events, work: 1ms, offset: first}
              billing: {queue: events, work: 1ms, offset: first}
            producers:
              app: {to: events, backlog: 1000, rate: 100/s, arrivals: uniform}
            """)
        let published = Self.n(r, "queues.events.published")
        #expect(published >= 3_999)
        // Consumers read in 100 ms steps: at most a step's arrivals (10 here) are still unread.
        #expect(Self.n(r, "workers.audit-1.processed") >= published - 11)
        #expect(Self.n(r, "workers.billing-1.processed") == Self.n(r, "workers.audit-1.processed"))
        #expect(Self.n(r, "queues.events.log_end") == published)
        #expect(Self.n(r, "queues.events.ready") == 0)
        #expect(Self.n(r, "queues.events.log_start") == 0)
    }

    @Test("offset specs: first reads the backlog, next only what arrives, last the newest one, an offset, a timestamp",
          arguments: [("first", 1_000.0), ("next", 0.0), ("last", 1.0), ("400", 600.0), ("5s", 500.0)])
    func offsetSpecs(spec: String, fromBacklog: Double) throws {
        // 500 messages at t=0, then 100/s for 10 s (uniform: one every 10 ms, the first at 10 ms)…
        // … and the reader attaches at 10 s, when 1,500 are on the stream.
        let (_, r) = try Self.run("""
            stop: 20s
            queues:
              s: {type: stream}
            workers:
              r: {queue: s, work: 1ms, offset: \(spec), start: 10s}
            producers:
              burst: {to: s, backlog: 500}
              steady: {to: s, rate: 100/s, arrivals: uniform}
            timeline:
              - {at: 10s, rate: steady, to: 0}
            """)
        let end = Self.n(r, "queues.s.log_end")
        let read = Self.n(r, "workers.r-1.processed")
        // What was on the stream when it attached, from where the spec put it.
        let expected: Double = switch spec {
        case "first": end
        case "next": 0
        case "last": 1
        case "400": end - 400
        default: end - 500 - 500  // 5 s: the backlog and 5 s of the steady producer came before
        }
        #expect(abs(read - expected) <= 2, "\(spec): read \(read), expected \(expected) of \(end)")
        _ = fromBacklog
    }

    @Test("retention by size deletes whole segments, oldest first, when a segment rolls")
    func retentionBySize() throws {
        // 1 KB messages, 100 KB segments (100 messages), at most 300 KB.
        let (w, r) = try Self.run("""
            stop: 10s
            queues:
              s: {type: stream, max_segment_size_bytes: 100KB, max_length_bytes: 300KB}
            producers:
              p: {to: s, rate: 105/s, arrivals: uniform, size: 1KB}
            """)
        let start = Self.n(r, "queues.s.log_start")
        #expect(start > 0)
        #expect(Int(start) % 100 == 0, "whole segments: \(start)")
        #expect(Self.n(r, "queues.s.deleted_by_retention") == start)
        // What is left is at least the limit, less than the limit plus a segment and the active one.
        let bytes = w.streamQueues.streams[0].log.bytes
        #expect(bytes >= 300 * 1024 && bytes < 500 * 1024, "\(bytes)")
        #expect(w.feed.contains { $0.text.contains("s: retention deleted its oldest segment") })
    }

    @Test("retention by age: segments whose newest message is older than max_age go at the next roll")
    func retentionByAge() throws {
        let (_, r) = try Self.run("""
            stop: 60s
            queues:
              s: {type: stream, max_segment_size_bytes: 100KB, max_age: 10s}
            producers:
              p: {to: s, rate: 50/s, arrivals: uniform, size: 1KB}
            """)
        // 50/s of 1 KB: a segment every 2 s; at 60 s what is older than 10 s is gone, in whole segments.
        let start = Self.n(r, "queues.s.log_start")
        #expect(Int(start) % 100 == 0)
        #expect(start >= 2_300 && start <= 2_500, "\(start)")
    }

    static let restart = """
        stop: 40s
        queues:
          s: {type: stream}
        workers:
          r: {queue: s, work: 2ms, offset: first%@}
        producers:
          p: {to: s, rate: 100/s, arrivals: uniform}
        timeline:
          - {at: 20.5s, crash: r-1, for: 5s}
        """

    @Test("a consumer that stores its offset resumes there after a restart: duplicates are only what it read since")
    func trackedOffsetResumes() throws {
        let (_, r) = try Self.run(Self.restart.replacingOccurrences(of: "%@", with: ", track: 1s"))
        let dups = Self.n(r, "queues.s.duplicates")
        #expect(dups > 0 && dups <= 100, "at most one second of reading again: \(dups)")
        #expect(Self.n(r, "workers.r-1.offset") >= Self.n(r, "queues.s.log_end") - 10, "at the end, within a tick")
        #expect(Self.n(r, "workers.r-1.stored_offset") > 3_000)
    }

    @Test("without a stored offset a restart starts again from its spec: first reads everything again")
    func untrackedRestartsFromSpec() throws {
        let (_, r) = try Self.run(Self.restart.replacingOccurrences(of: "%@", with: ""))
        #expect(Self.n(r, "queues.s.duplicates") >= 2_000)
        #expect(r.value(at: ["workers", "r-1", "stored_offset"]) == .null)
    }

    @Test("single active consumer: one instance reads; when it crashes the next takes over from the stored offset")
    func singleActiveConsumer() throws {
        let text = """
            stop: 30s
            queues:
              s: {type: stream, single_active_consumer: true}
            workers:
              r: {queue: s, count: 2, work: 2ms, offset: first, track: 5s}
            producers:
              p: {to: s, rate: 100/s, arrivals: uniform}
            timeline:
              - {at: 17.5s, crash: r-1}
            """
        let (_, before) = try Self.run(text, until: 15)
        #expect(Self.n(before, "workers.r-2.processed") == 0)
        let (_, r) = try Self.run(text)
        let one = Self.n(r, "workers.r-1.processed"), two = Self.n(r, "workers.r-2.processed")
        #expect(two > 1_000)
        // r-2 went on from r-1's stored offset (stored every 5 s): it read again what r-1 read after that.
        let dups = Self.n(r, "queues.s.duplicates")
        #expect(dups > 0 && dups <= 500, "\(dups)")
        #expect(one + two - dups == Self.n(r, "workers.r-2.offset"))
    }

    @Test("stop: drained ends when every reading consumer is at the end of its stream")
    func drained() throws {
        let s = try ScenarioLoader.parse(text: """
            stop: drained
            queues:
              s: {type: stream}
            workers:
              r: {queue: s, work: 1ms, offset: first}
            producers:
              p: {to: s, backlog: 5000}
            """, file: "d.yaml", name: "d")
        let o = try Runner().run(s)[0]
        #expect(o.passed)
        #expect(Self.n(o.report, "workers.r-1.processed") == 5_000)
        let t = Self.n(o.report, "simulated_seconds")
        #expect(t >= 5 && t <= 5.2, "5,000 at 1 ms each: \(t)")
    }

    @Test("bad stream input is refused with its line and column", arguments: [
        ("queues:\n  s: {type: stream, max_length: 10}\n", "2:21: 'max_length' does not apply to a stream"),
        ("queues:\n  q: {max_age: 1h}\n", "2:7: 'max_age' applies to a stream ('type: stream'); queue 'q' is classic"),
        ("queues:\n  q: {}\nworkers:\n  w: {queue: q, offset: first}\n", "4:17: 'offset' applies to workers reading a stream"),
        ("queues:\n  s: {type: stream}\nworkers:\n  w: {queue: s, offset: middle}\n", "invalid offset 'middle'"),
        ("queues:\n  s: {type: stream}\nworkers:\n  w: {queue: s, prefetch: 5}\n", "'prefetch' does not apply to workers reading a stream"),
    ])
    func badInput(text: String, message: String) {
        do {
            _ = try ScenarioLoader.parse(text: text, file: "b.yaml", name: "b")
            Issue.record("accepted: \(text)")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }
}

/// A stream consumer's crash line says what happens to its reading, not queue words: nothing is
/// requeued; the next single active consumer takes over at the stored offset and re-reads what
/// was read since (the number it names is the duplicates the report counts), or the consumer
/// itself resumes there, or at its `offset` setting, when restarted.
@Suite("RabbitMQ streams: the crash line")
struct StreamQueueCrashLineTests {
    func crashLines(_ w: World, _ who: String) -> [String] { w.feed.map(\.text).filter { $0.hasPrefix("\(who) crashed") } }

    @Test func singleActiveConsumerHandsOverAtTheStoredOffset() throws {
        let (w, r) = try StreamQueueTests.run(try #require(BuiltinScenarios.text(named: "rabbit-stream")))
        let line = try #require(crashLines(w, "audit-1").first)
        #expect(!line.contains("redeliver") && !line.contains("idle"), "\(line)")
        let pattern = #/audit-1 crashed: audit-2 takes over at the stored offset ([\d,]+) and reads again the ([\d,]+) messages audit-1 read since; a stream keeps every message, nothing is requeued/#
        let m = try #require(line.wholeMatch(of: pattern), "\(line)")
        let again = Double(m.2.replacing(",", with: ""))!
        #expect(again > 0 && again == StreamQueueTests.n(r, "queues.activity.duplicates"), "\(line)")
    }

    @Test func aConsumerOnItsOwnResumesWhereItStoredOrAtItsOffsetSetting() throws {
        let (w, _) = try StreamQueueTests.run("""
            stop: 20s
            queues:
              events: {type: stream}
            workers:
              audit: {queue: events, work: 1ms, offset: first, track: 1s}
              feed: {queue: events, work: 1ms}
            producers:
              app: {to: events, rate: 100/s, arrivals: uniform}
            timeline:
              - {at: 10.5s, crash: audit-1}
              - {at: 10.5s, crash: feed-1}
            """)
        let audit = try #require(crashLines(w, "audit-1").first)
        let stored = try #require(audit.wholeMatch(of: #/audit-1 crashed: restarted, it resumes at its stored offset ([\d,]+); a stream keeps every message, nothing is requeued/#), "\(audit)")
        #expect((900...1_050).contains(Int(stored.1.replacing(",", with: "")) ?? 0), "stored at 10 s of 100/s: \(audit)")
        let feed = try #require(crashLines(w, "feed-1").first)
        #expect(feed == "feed-1 crashed: restarted, it starts again at offset: next (it stores no offset); a stream keeps every message, nothing is requeued")
    }
}
