import BrokerSimCore
import Testing
@testable import BrokerSimScenario

@Suite("Lowering YAML to WorldConfig")
struct LoweringTests {
    @Test func topLevelDefaults() throws {
        let s = try scenario("queues: {q: {}}\n")
        #expect(s.title == "test")
        #expect(s.about == "")
        #expect(s.chapter == nil)
        #expect(s.config.seed == 1)
        #expect(s.config.stop == .after(.secs(600)))
        #expect(s.config.broker == BrokerConfig())
        #expect(s.config.queues == [QueueConfig(name: "q")])
        #expect(s.variants.isEmpty)
        #expect(s.sourceText == "queues: {q: {}}\n")
        #expect(s.path == "test.yaml")
    }

    @Test func topLevelFields() throws {
        let s = try scenario("""
            title: "Task processing: 10,000 emails"
            about: |
              Line one.
            chapter: 2
            seed: 7
            stop: drained
            """)
        #expect(s.title == "Task processing: 10,000 emails")
        #expect(s.about == "Line one.\n")
        #expect(s.chapter == 2)
        #expect(s.config.seed == 7)
        #expect(s.config.stop == .drained)
        #expect(try scenario("stop: 1.5h").config.stop == .after(.secs(5400)))
    }

    @Test func taskQueueSide() throws {
        let s = try scenario("""
            broker:
              memory: 1GB
              high_watermark: 0.5
              paging_ratio: 60%
              page_rate: 10k/s
              message_overhead: 1KB
              paged_overhead: 50B
              memory_check: 1s
              queue_rate_limit: 100/s
            exchanges:
              events: {type: fanout, bind: [emails, audit]}
              routed: {type: topic, bind: [{queue: audit, key: "user.*"}]}
            queues:
              emails:
                durable: true
                max_length: 100k
                overflow: reject-publish-dlx
                message_ttl: 10m
                dead_letter: dlq
              audit: {type: quorum, delivery_limit: 5, dead_letter: events}
              dlq: {}
            workers:
              mailer:
                queue: emails
                count: 5
                prefetch: 1
                work: exp(50ms)
                ack: auto
                ack_delay: 5ms
                fail: 1%
                on_fail: dead-letter
                start: 2s
              auditor: {queue: audit, rate: 20/s}
            """)
        var broker = BrokerConfig()
        broker.memory = 1 << 30; broker.highWatermark = 0.5; broker.pagingRatio = 0.6; broker.pageRate = 10_000
        broker.messageOverhead = 1024; broker.pagedOverhead = 50; broker.memoryCheck = .secs(1); broker.queueRateLimit = 100
        #expect(s.config.broker == broker)

        var emails = QueueConfig(name: "emails")
        emails.durable = true; emails.maxLength = 100_000; emails.overflow = .rejectPublishDLX
        emails.messageTTL = .secs(600); emails.deadLetter = .queue(2)
        var audit = QueueConfig(name: "audit")
        audit.kind = .quorum; audit.deliveryLimit = 5; audit.deadLetter = .exchange(0, routingKey: "")
        #expect(s.config.queues == [emails, audit, QueueConfig(name: "dlq")])

        var events = ExchangeConfig(name: "events", kind: .fanout)
        events.bindings = [BindingConfig(queue: 0), BindingConfig(queue: 1)]
        var routed = ExchangeConfig(name: "routed", kind: .topic)
        routed.bindings = [BindingConfig(queue: 1, key: "user.*")]
        #expect(s.config.exchanges == [events, routed])

        var mailer = WorkerPoolConfig(name: "mailer", queue: 0)
        mailer.count = 5; mailer.prefetch = 1; mailer.work = .exponential(mean: 50_000); mailer.ack = .auto
        mailer.ackDelay = .millis(5); mailer.fail = 0.01; mailer.onFail = .deadLetter; mailer.start = .secs(2)
        var auditor = WorkerPoolConfig(name: "auditor", queue: 1)
        auditor.work = .constant(50_000)
        #expect(s.config.workers == [mailer, auditor])
        #expect(s.config.usesTaskQueue)
    }

    @Test func streamSide() throws {
        let s = try scenario("""
            topics:
              clicks:
                partitions: 6
                retention: 1d
                retention_bytes: 1GB
                segment: 1h
                segment_bytes: 512MB
                retention_check: 1m
            groups:
              analytics:
                topic: clicks
                consumers: 3
                rate: 400k/s
                max_poll: 100
                commit: after-batch
                from: earliest
                assignor: cooperative-sticky
                session_timeout: 10s
                max_poll_interval: 1m
                rebalance_time: 500ms
                fail: 0.001
                on_fail: skip
                retries: 0
                start: 1h
              audit: {topic: clicks, work: 5us}
            """)
        var clicks = TopicConfig(name: "clicks")
        clicks.partitions = 6; clicks.retention = .secs(86_400); clicks.retentionBytes = 1 << 30
        clicks.segmentTime = .secs(3600); clicks.segmentBytes = 512 << 20; clicks.retentionCheck = .secs(60)
        #expect(s.config.topics == [clicks])
        var analytics = GroupConfig(name: "analytics", topic: 0)
        analytics.consumers = 3; analytics.work = .constant(2.5); analytics.maxPoll = 100; analytics.commit = .afterBatch
        analytics.from = .earliest; analytics.assignor = .cooperativeSticky; analytics.sessionTimeout = .secs(10)
        analytics.maxPollInterval = .secs(60); analytics.rebalanceTime = .millis(500); analytics.fail = 0.001
        analytics.onFail = .skip; analytics.retries = 0; analytics.start = .secs(3600)
        var audit = GroupConfig(name: "audit", topic: 0)
        audit.work = .constant(5)
        #expect(s.config.groups == [analytics, audit])
    }

    @Test func syncSideAndProducers() throws {
        let s = try scenario("""
            services:
              email-api: {count: 2, work: "normal(300ms, 100ms)", concurrency: 4}
            queues: {emails: {}}
            exchanges: {ex: {type: direct, bind: [{queue: emails, key: reset}]}}
            topics: {clicks: {}}
            producers:
              checkout: {call: email-api, timeout: 2s, rate: 50/s}
              resets:
                to: ex
                routing_key: reset
                backlog: 10000
                rate: 200/s
                arrivals: uniform
                size: exp(1KB)
                poison: 1
                confirm: true
                persistent: true
              clicker: {to: clicks, key: "hot(1000, 0.2, 0.8)", poison: 0.5%}
              direct: {to: emails}
            """)
        var api = ServiceConfig(name: "email-api")
        api.count = 2; api.work = .normal(mean: 300_000, sd: 100_000); api.concurrency = 4
        #expect(s.config.services == [api])
        var checkout = ProducerConfig(name: "checkout", target: .service(0))
        checkout.timeout = .secs(2); checkout.rate = 50
        var resets = ProducerConfig(name: "resets", target: .exchange(0, routingKey: "reset"))
        resets.backlog = 10_000; resets.rate = 200; resets.arrivals = .uniform; resets.size = .exponential(mean: 1024)
        resets.poison = .count(1); resets.confirm = true; resets.persistent = true
        var clicker = ProducerConfig(name: "clicker", target: .topic(0))
        clicker.key = .hot(1000, keyShare: 0.2, trafficShare: 0.8); clicker.poison = .share(0.005)
        #expect(s.config.producers == [checkout, resets, clicker, ProducerConfig(name: "direct", target: .queue(0))])
    }

    @Test("YAML 1.1 guesses are not taken: values are read from their text")
    func rawText() throws {
        let s = try scenario("""
            seed: 010
            queues:
              yes: {max_length: 010}
              on: {message_ttl: 010}
            """)
        #expect(s.config.seed == 10)
        #expect(s.config.queues.map(\.name) == ["yes", "on"])
        #expect(s.config.queues[0].maxLength == 10)
        #expect(s.config.queues[1].messageTTL == .secs(10))
        #expect(problems("queues: {q: {message_ttl: 1:30}}") == [
            "bad.yaml:1:27: invalid duration '1:30': expected a number with a unit (us, ms, s, m, h, d, w)",
        ])
        #expect(problems("queues: {q: {durable: yes}}") == ["bad.yaml:1:23: invalid boolean 'yes': use true or false"])
    }

    @Test func namesTable() throws {
        let s = try scenario(queueBasics + "topics: {clicks: {}}\ngroups: {audit: {topic: clicks, consumers: 2}}\n")
        #expect(Array(s.names.entities.keys) == ["emails", "mailer", "resets", "clicks", "audit"])
        #expect(s.names["mailer"] == NamedEntity(kind: .workerPool, index: 0))
        #expect(s.names["audit"] == NamedEntity(kind: .group, index: 0))
        #expect(s.names.names(of: .queue) == ["emails"])
        #expect(s.names.entityRef("mailer-3") == .worker(pool: 0, index: 2))
        #expect(s.names.entityRef("audit-1") == .member(group: 0, index: 0))
        #expect(s.names.entityRef("resets") == .producer(0))
        #expect(s.names.entityRef("emails") == nil)
        #expect(s.names.entityRef("emails-1") == nil)
        #expect(s.names.entityRef("mailer-0") == nil)
    }
}
