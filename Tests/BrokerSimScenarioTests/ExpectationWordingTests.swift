import BrokerSimCore
import Testing
@testable import BrokerSimScenario

/// Expectations in words (`label:`, else a wording made from the path), as the
/// console's expectation list and the text report show them.
@Suite("Expectations in words")
struct ExpectationWordingTests {
    func expectations(_ list: String) throws -> [Expectation] {
        try scenario(ExpectationTests.world + "expect:\n" + list).expectations
    }

    @Test func aLabelIsWhatTheScreenSays() throws {
        let list = try expectations("""
              - that: queues.emails.acked == 10000
                label: "every email was acked (10,000)"
              - at: 30s
                that: groups.audit.lag > 1M
                label: audit fell behind
              - queues.emails.lost == 0
            """)
        #expect(list.map(\.wording) == ["every email was acked (10,000)", "audit fell behind", "emails: lost = 0"])
        #expect(list[0].text == "queues.emails.acked == 10000")
        #expect(list[1].at == SimTime(micros: 30_000_000))
        #expect(list[2].label == nil)
    }

    @Test("a wording from the path and the operator", arguments: [
        ("queues.emails.acked == 10000", "emails: acked = 10,000"),
        ("producers.checkout.refused != 3", "checkout: refused is not 3"),
        ("queues.emails.latency_p99 < 250ms", "emails: latency p99 below 250ms"),
        ("workers.mailer-2.busy_share <= 5%", "mailer-2: busy share at most 5%"),
        ("groups.audit.lag > 1M", "audit: lag above 1M"),
        ("broker.memory_peak >= 1GB", "broker: memory peak at least 1GB"),
        ("groups.audit.caught_up_at == null", "audit: caught up at: none"),
        ("groups.audit.caught_up_at != null", "audit: caught up at: has a value"),
        ("topics.clicks.partitions.2.log_end >= 1000000", "clicks p2: log end at least 1,000,000"),
        ("simulated_seconds < 2h", "simulated time below 2h"),
    ])
    func generated(text: String, words: String) {
        #expect(Expectation.wording(of: text) == words)
    }

    @Test func aLabelMustBeWords() {
        #expect(problems(ExpectationTests.world + "expect:\n  - {that: queues.emails.lost == 0, label: [a, b]}\n")
            == ["bad.yaml:8:44: 'label' must be a single value, found a list"])
        #expect(problems(ExpectationTests.world + "expect:\n  - {that: queues.emails.lost == 0, label: \"\"}\n")
            == ["bad.yaml:8:44: 'label' must say the check in words, e.g. label: \"no order was refused\""])
        #expect(problems(ExpectationTests.world + "expect:\n  - {that: queues.emails.lost == 0, lable: x}\n").first?
            .contains("unknown key 'lable'") == true)
    }

    /// Every built-in scenario says each of its checks in words of its own: the
    /// course shows them when a chapter finishes.
    @Test func everyBuiltInExpectationHasALabel() throws {
        for name in BuiltinScenarios.names {
            let sc = try ScenarioLoader.load(name)
            let all = sc.expectations + sc.variants.flatMap(\.expectations)
            for e in all {
                #expect(e.label != nil, "\(name): '\(e.text)' has no label: (say the check in words, e.g. \"no email was lost\")")
            }
        }
    }
}

@Suite("Producers: customers:")
struct CustomersKeyTests {
    @Test func aProducerNamesWhatItsCustomersWaitOn() throws {
        let sc = try scenario(queueBasics.replacingOccurrences(of: "backlog: 100}", with: "backlog: 100, customers: orders}"))
        #expect(sc.config.producers[0].customers == "orders")
        #expect(try scenario(queueBasics).config.producers[0].customers == nil)
    }

    @Test func customersIsOneShortWord() {
        let bad = queueBasics.replacingOccurrences(of: "backlog: 100}", with: "backlog: 100, customers: \"\"}")
        #expect(problems(bad).first?.hasSuffix("'customers' names what a customer waits on in one short word, e.g. customers: orders") == true)
    }
}
