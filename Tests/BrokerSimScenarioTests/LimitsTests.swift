import Foundation
import Testing
@testable import BrokerSimScenario

@Suite("Limits: sizes a run cannot hold are refused with the limit named")
struct LimitsTests {
    @Test("instances add up across pools, groups and services; the count that passes the limit is named")
    func instancesInTheFile() {
        let yaml = """
            queues: {q: {}}
            topics: {t: {}}
            workers:
              a: {queue: q, count: 600k}
            groups:
              g: {topic: t, consumers: 300k}
            services:
              s: {count: 200k}
            """
        #expect(problems(yaml) == [
            "bad.yaml:8:14: this brings the file to 1100000 instances (workers, consumers and service instances, "
                + "counting scale-ups), more than the 1,000,000 brokersim can simulate",
        ])
        #expect(problems("queues: {q: {}}\nworkers:\n  a: {queue: q, count: 1M}\n").isEmpty)
        #expect(problems("queues: {q: {}}\nworkers:\n  a: {queue: q, count: 1000001}\n") == [
            "bad.yaml:3:24: count: 1000001 workers is more than the 1,000,000 brokersim can simulate",
        ])
    }

    @Test("a section of more than 1,000 declarations is refused at the section")
    func perSection() {
        let queues = (0...1000).map { "  q\($0): {}" }.joined(separator: "\n")
        #expect(problems("queues:\n\(queues)\n") == [
            "bad.yaml:2:3: queues: 1001 queues is more than the 1,000 brokersim can simulate",
        ])
    }

    @Test("partitions of all topics and the partitions groups read are limited")
    func partitions() {
        #expect(problems("topics:\n  a: {partitions: 60k}\n  b: {partitions: 50k}\n") == [
            "bad.yaml:3:19: partitions: 110000 partitions in the file is more than the 100,000 brokersim can simulate",
        ])
        let groups = (0..<11).map { "  g\($0): {topic: t}" }.joined(separator: "\n")
        #expect(problems("topics:\n  t: {partitions: 100k}\ngroups:\n\(groups)\n") == [
            "bad.yaml:14:16: topic: 1100000 partitions read by groups in the file is more than the 1,000,000 brokersim can simulate",
        ])
    }

    @Test("prefetch, rates, sizes, sigma, factors and periodic checks have bounds", arguments: [
        ("queues: {q: {}}\nworkers: {w: {queue: q, prefetch: 70000}}\n",
         "bad.yaml:2:35: prefetch: 70000 messages is more than the 65,535 brokersim can simulate"),
        ("queues: {q: {}}\nproducers: {p: {to: q, rate: 2G/s}}\n",
         "bad.yaml:2:30: rate '2G/s' is more than the 1G/s brokersim can simulate"),
        ("queues: {q: {}}\nproducers: {p: {to: q, size: 1GB}}\n",
         "bad.yaml:2:30: size: a message of 1 GB on average is more than the 512 MB brokersim can simulate"),
        ("services: {s: {work: \"lognormal(1s, 6)\"}}\n",
         "bad.yaml:1:22: sigma 6 in 'lognormal(1s, 6)' is more than the 5 brokersim can simulate (its mean would be e^(σ²/2) times its median)"),
        ("broker: {memory_check: 10us}\n", "bad.yaml:1:24: memory_check: 10us is shorter than the 1ms brokersim can simulate"),
        ("topics: {t: {retention_check: 10ms}}\n", "bad.yaml:1:31: retention_check: 10ms is shorter than the 100ms brokersim can simulate"),
        ("topics: {t: {partitions: 10, segment: 1s, retention: 1d}}\n",
         "bad.yaml:1:39: segment: 1s segments kept for 1d in 10 partitions make 864010 segments, more than the 1,000,000 brokersim can simulate"),
        ("services: {s: {count: 1000, concurrency: 1001}}\n",
         "bad.yaml:1:42: count × concurrency: 1001000 calls in service at once is more than the 1,000,000 brokersim can simulate"),
        ("services: {s: {}}\nproducers: {c: {call: s, backlog: 2M}}\n",
         "bad.yaml:2:35: backlog: 2000000 calls is more than the 1,000,000 brokersim can simulate"),
    ])
    func bounds(yaml: String, message: String) {
        let found = problems(yaml)
        if yaml.contains("segment: 1s") {
            // 10 × 86,401 = 864,010 is within the limit: the file is valid; 12 partitions are not.
            #expect(found.isEmpty)
            #expect(problems(yaml.replacingOccurrences(of: "partitions: 10", with: "partitions: 12")) == [
                "bad.yaml:1:39: segment: 1s segments kept for 1d in 12 partitions make 1036812 segments, more than the 1,000,000 brokersim can simulate",
            ])
        } else {
            #expect(found == [message])
        }
    }

    @Test("a timeline scale-up of a service is limited by count × concurrency like its declaration")
    func scaledService() {
        let file = "services: {s: {concurrency: 1000}}\ntimeline: [{at: 1s, scale: s, count: COUNT}]\n"
        #expect(problems(file.replacingOccurrences(of: "COUNT", with: "1000")).isEmpty)
        #expect(problems(file.replacingOccurrences(of: "COUNT", with: "1001")) == [
            "bad.yaml:2:38: count × concurrency: 1001000 calls in service at once is more than the 1,000,000 brokersim can simulate",
        ])
        // A worker pool's or group's scale has no concurrency: only its own count is limited.
        #expect(problems("queues: {q: {}}\nworkers: {w: {queue: q}}\ntimeline: [{at: 1s, scale: w, count: 1001}]\n").isEmpty)
    }

    @Test("more than 50 variants are refused: each one lowers the whole file again")
    func variants() {
        let list = (0...50).map { "  v\($0): {}" }.joined(separator: "\n")
        #expect(problems("queues: {q: {}}\nvariants:\n\(list)\n") == [
            "bad.yaml:3:3: variants: 51 variants is more than the 50 brokersim can simulate",
        ])
    }

    @Test("aliases may repeat a little text, not megabytes of it")
    func aliasBudget() {
        #expect(problems("title: &t hello\nabout: *t\nqueues: {q: {}}\n").isEmpty)
        let big = String(repeating: "x", count: 20_000)
        let aliases = String(repeating: "  - {at: 1s, say: *s}\n", count: 100)
        let found = problems("stop: 10s\ntimeline:\n  - {at: 1s, say: &s \"\(big)\"}\n\(aliases)")
        #expect(found.count == 1)
        #expect(found.first?.contains("the aliases in this file repeat more text than brokersim reads") == true)
    }

    @Test("100,000 diagnostics are sorted and deduplicated in linear time")
    func manyDiagnostics() {
        let many = (0..<100_000).map {
            Diagnostic(location: SourceLocation(file: "f", line: $0 % 5000 + 1, column: 1), message: "p\($0 % 50_000)")
        }
        let start = Date()
        let out = ScenarioLoader.ordered(many)
        #expect(out.count == 50_000)
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
