import Testing
@testable import BrokerSimScenario

@Suite("Name rules and the one namespace")
struct NamesTests {
    @Test("valid names", arguments: ["emails", "a", "Q1", "dead_letters", "audit-copy", "x-1-y"])
    func valid(name: String) throws {
        #expect(try scenario("queues: {\(name): {}}\n").config.queues.map(\.name) == [name])
    }

    @Test("invalid names", arguments: ["my.queue", "1st", "-q", "_q", "q!", "é"])
    func invalid(name: String) {
        #expect(problems("queues: {\"\(name)\": {}}\n") == [
            "bad.yaml:1:10: invalid name '\(name)': use letters, digits, '-' and '_', starting with a letter (no dots)",
        ])
    }

    @Test("a queue may end in digits; a pool, group or service may not")
    func instanceSuffix() throws {
        #expect(try scenario("queues: {emails-2: {}}\n").config.queues.map(\.name) == ["emails-2"])
        #expect(problems("queues: {q: {}}\nworkers: {mailer-2: {queue: q}}\n") == [
            "bad.yaml:2:11: worker pool name 'mailer-2' may not end in '-' and digits: its instances are named 'mailer-2-1' …",
        ])
        #expect(problems("topics: {t: {}}\ngroups: {g-10: {topic: t}}\n") == [
            "bad.yaml:2:10: group name 'g-10' may not end in '-' and digits: its instances are named 'g-10-1' …",
        ])
        #expect(problems("services: {api-1: {}}\n") == [
            "bad.yaml:1:12: service name 'api-1' may not end in '-' and digits: its instances are named 'api-1-1' …",
        ])
    }

    @Test("a clash is reported at the second declaration in the file, across kinds")
    func clash() {
        let yaml = """
            workers:
              emails: {queue: emails}
            queues:
              emails: {}
            topics:
              emails: {}
            """
        #expect(problems(yaml) == [
            "bad.yaml:2:19: 'emails' is a worker pool, not a queue",
            "bad.yaml:4:3: name 'emails' is already used by a worker pool",
            "bad.yaml:6:3: name 'emails' is already used by a worker pool",
        ])
    }

    @Test func nameOfAnInstance() {
        #expect(problems("queues: {mailer-1: {}}\nworkers: {mailer: {queue: mailer-1}}\n") == [
            "bad.yaml:1:10: name 'mailer-1' is also the name of an instance of worker pool 'mailer'",
        ])
    }

    @Test("indices follow declaration order within each kind, whatever the section order")
    func forwardReferences() throws {
        let s = try scenario("""
            workers:
              b-pool: {queue: second}
              a-pool: {queue: first}
            queues:
              first: {}
              second: {}
            """)
        #expect(s.config.workers.map(\.queue) == [1, 0])
        #expect(s.config.workers.map(\.name) == ["b-pool", "a-pool"])
    }
}
