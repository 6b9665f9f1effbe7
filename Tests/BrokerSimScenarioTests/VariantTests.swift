import BrokerSimCore
import Testing
@testable import BrokerSimScenario

@Suite("Variants: deep merge of overrides")
struct VariantTests {
    static let file = """
        seed: 3
        queues:
          emails: {max_length: 100, durable: true}
          dlq: {}
        workers:
          mailer: {queue: emails, prefetch: 1, count: 2}
        timeline:
          - {at: 1s, crash: mailer-1}
        expect:
          - queues.emails.acked == 10
        variants:
          prefetch-1: {}
          unlimited:
            workers: {mailer: {prefetch: 0}}
            queues: {emails: {max_length: null}}
            timeline: []
            expect: [queues.emails.acked == 20]
          bigger:
            queues: {extra: {}}
            seed: 9
          empty:

        """

    @Test func mergeRules() throws {
        let s = try scenario(VariantTests.file)
        #expect(s.variants.map(\.name) == ["prefetch-1", "unlimited", "bigger", "empty"])
        #expect(s.variants[0].config == s.config)
        #expect(s.variants[0].expectations == s.expectations)
        #expect(s.variants[3].config == s.config)

        let unlimited = s.variants[1]
        // Maps merge: only prefetch changed, count and queue kept.
        var mailer = WorkerPoolConfig(name: "mailer", queue: 0)
        mailer.prefetch = 0; mailer.count = 2
        #expect(unlimited.config.workers == [mailer])
        // null deletes a key: max_length back to its default; siblings kept.
        #expect(unlimited.config.queues[0].maxLength == nil)
        #expect(unlimited.config.queues[0].durable)
        // Lists replace.
        #expect(unlimited.config.timeline.isEmpty)
        #expect(unlimited.expectations.map(\.text) == ["queues.emails.acked == 20"])
        #expect(unlimited.expectations.first?.location == SourceLocation(file: "test.yaml", line: 17, column: 14))

        let bigger = s.variants[2]
        #expect(bigger.config.queues.map(\.name) == ["emails", "dlq", "extra"])
        #expect(bigger.config.seed == 9)
        #expect(bigger.names["extra"] == NamedEntity(kind: .queue, index: 2))
        #expect(bigger.expectations == s.expectations)
        // The file itself is untouched by its variants.
        #expect(s.config.queues.map(\.name) == ["emails", "dlq"])
        #expect(s.config.workers.first?.prefetch == 1)
    }

    @Test func nodeMergeDirectly() throws {
        let base = try #require(try Yams_compose("a: {x: 1, y: [1, 2]}\nb: 2\nc: 3\n"))
        let overlay = try #require(try Yams_compose("a: {y: [3], z: 4}\nb: null\nd: 5\n"))
        let merged = NodeMerge.merge(base, overlay)
        #expect(merged == (try Yams_compose("a: {x: 1, y: [3], z: 4}\nc: 3\nd: 5\n")))
    }

    @Test("a mistake inside a variant points at the variant's line")
    func diagnosticInVariant() {
        let yaml = """
            queues: {emails: {}}
            workers: {mailer: {queue: emails}}
            variants:
              fast:
                workers: {mailer: {prefetch: -1}}
              slow:
                workers: {mailer: {work: 5mz}}
            """
        #expect(problems(yaml) == [
            "bad.yaml:5:34: negative count '-1'",
            "bad.yaml:7:30: unknown unit 'mz' in duration '5mz'",
        ])
    }

    @Test("a mistake in the shared part is reported once, not once per variant")
    func sharedMistakeOnce() {
        let yaml = "queues: {emails: {max_length: -1}}\nvariants: {a: {}, b: {seed: 2}}\n"
        #expect(problems(yaml) == ["bad.yaml:1:31: negative count '-1'"])
    }

    @Test func badVariants() {
        #expect(problems("variants: [a]\n") == [
            "bad.yaml:1:11: 'variants' must be a map of variant names to overrides, found a list",
        ])
        #expect(problems("variants: {a.b: {}}\n") == [
            "bad.yaml:1:12: invalid variant name 'a.b': use letters, digits, '-' and '_', starting with a letter (no dots)",
        ])
        #expect(problems("variants: {a: 5}\n") == ["bad.yaml:1:15: variant 'a' must be a map of overrides, found a value"])
        #expect(problems("variants: {a: {variants: {b: {}}}}\n") == [
            "bad.yaml:1:16: variant 'a' cannot declare variants of its own",
        ])
        #expect(problems("variants: {a: {queues: {q: {colour: red}}}}\n") == [
            "bad.yaml:1:29: unknown key 'colour' in queue 'q' (expected type, durable, max_length, overflow, message_ttl, dead_letter, delivery_limit, single_active_consumer, node, max_length_bytes, max_age, max_segment_size_bytes)",
        ])
    }
}
