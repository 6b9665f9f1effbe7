import Foundation
import Testing

@Suite("brokersim on the command line", .serialized)
struct CLITests {
    @Test("password-resets headless: all 10,000 acked, nothing lost, one redelivery, exit 0")
    func passwordResets() throws {
        let r = try CLI.run(["run", "password-resets", "--headless", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"published\": 10000"))
        #expect(r.stdout.contains("\"acked\": 10000"))
        #expect(r.stdout.contains("\"lost\": 0"))
        #expect(r.stdout.contains("\"redelivered\": 1,"))
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(obj?["scenario"] as? String == "password-resets")
    }

    @Test("the JSON report has SPEC §4's top-level fields, in order")
    func reportShape() throws {
        let r = try CLI.run(["run", "password-resets", "--headless", "--format", "json"])
        let keys = r.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == ["scenario", "seed", "variant", "simulated_seconds", "wall_seconds", "events", "queues", "workers",
                         "broker", "topics", "groups", "services", "producers", "expectations", "transcript"])
        // Each expectation carries its words beside the expression.
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let first = (obj?["expectations"] as? [[String: Any]])?.first
        #expect(first?["text"] as? String == "queues.emails.published == 10000")
        #expect(first?["label"] as? String == "all 10,000 emails were published")
    }

    @Test("same seed, same report; another seed, other timings")
    func determinism() throws {
        let a = try CLI.run(["run", "password-resets", "--headless", "--format", "json"])
        let b = try CLI.run(["run", "password-resets", "--headless", "--format", "json"])
        let c = try CLI.run(["run", "password-resets", "--headless", "--format", "json", "--seed", "8"])
        #expect(CLI.stable(a.stdout) == CLI.stable(b.stdout))
        #expect(CLI.stable(a.stdout) != CLI.stable(c.stdout))
        #expect(c.stdout.contains("\"seed\": 8"))
    }

    @Test("the text report is a readable summary with the expectations")
    func textReport() throws {
        let r = try CLI.run(["run", "password-resets", "--headless"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("password-resets: Task processing: 10,000 password-reset emails, 5 workers\n"))
        #expect(r.stdout.contains("  emails     10,000"))
        // Each check in words first (its label), then as written.
        #expect(r.stdout.contains("ok   every email was acked (10,000)  [queues.emails.acked == 10000]  actual: 10000"))
        #expect(r.stdout.contains("5 of 5 held"))
    }

    @Test("three mistakes: three file:line:col lines, exit 2")
    func threeMistakes() throws {
        let f = try CLI.file("bad.yaml", """
        title: three mistakes
        queues:
          emails: {max_length: -5}
        workers:
          mailer: {queue: emials, work: 5mz}
        """)
        let r = try CLI.run(["validate", f.path])
        #expect(r.status == 2)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.hasPrefix(f.path + ":") })
        #expect(lines.contains { $0.hasPrefix("\(f.path):5:") && $0.contains("unknown unit 'mz' in duration '5mz'") })
        let run = try CLI.run(["run", f.path, "--headless"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
    }

    @Test("a YAML syntax error, a missing file, an unknown option: exit 2 with a clear message")
    func invalidInput() throws {
        let f = try CLI.file("broken.yaml", "title: [unclosed\nqueues: {}\n")
        let syntax = try CLI.run(["validate", f.path])
        #expect(syntax.status == 2)
        #expect(syntax.stderr.hasPrefix(f.path + ":"))
        let missing = try CLI.run(["run", "/nonexistent/x.yaml", "--headless"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/x.yaml"))
        let option = try CLI.run(["run", "password-resets", "--bogus"])
        #expect(option.status == 2)
        #expect(option.stderr.contains("Unknown option '--bogus'"))
        let until = try CLI.run(["run", "password-resets", "--headless", "--until", "soon"])
        #expect(until.status == 2)
        #expect(until.stderr.contains("--until takes a duration"))
        let variant = try CLI.run(["run", "password-resets", "--headless", "--variant", "nope"])
        #expect(variant.status == 2)
        #expect(variant.stderr.contains("unknown variant 'nope'"))
    }

    @Test("the console and a headless run refuse a bad file or an unknown --variant with the same lines, before any terminal")
    func consoleAndHeadlessRefuseAlike() throws {
        let bad = try CLI.file("two-problems.yaml", "queues: {q: {}}\nproducers: {p: {to: nowhere, rate: 1/s}}\nstop: 1m\nexpect: [\"queues.q.acked = 1\"]\n")
        for args in [["fair-dispatch", "--variant", "prefetch-2"], ["password-resets", "--variant", "nope"], [bad.path]] {
            let console = try CLI.run(["run"] + args)
            let headless = try CLI.run(["run"] + args + ["--headless"])
            #expect(console.status == 2 && headless.status == 2, "\(args)")
            #expect(console.stderr == headless.stderr && !headless.stderr.isEmpty, "\(args)")
            #expect(console.stdout.isEmpty && headless.stdout.isEmpty)
        }
        let variant = try CLI.run(["run", "fair-dispatch", "--variant", "prefetch-2"])
        #expect(variant.stderr == "brokersim: unknown variant 'prefetch-2'; this scenario has: prefetch-1, unlimited\n")
        let file = try CLI.run(["run", bad.path])
        #expect(file.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix(bad.path + ":") }, "\(file.stderr)")
    }

    @Test("a scenario that never drains ends at the cap with exit 1")
    func neverDrains() throws {
        let f = try CLI.file("stuck.yaml", """
        title: nobody consumes fast enough
        stop: drained
        queues: {jobs: {}}
        workers: {slowpoke: {queue: jobs, work: 1s}}
        producers: {load: {to: jobs, rate: 5/s}}
        """)
        let r = try CLI.run(["run", f.path, "--headless", "--until", "1h", "--format", "json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("never drained before the cap"))
        #expect(r.stdout.contains("\"simulated_seconds\": 3600.0"))
    }

    @Test("a failing expectation is reported with its actual value and exits 1")
    func failingExpectation() throws {
        let f = try CLI.file("fails.yaml", """
        title: a wrong belief
        stop: drained
        queues: {jobs: {}}
        workers: {w: {queue: jobs, work: 10ms}}
        producers: {load: {to: jobs, backlog: 100}}
        expect:
          - queues.jobs.acked == 99
        """)
        let r = try CLI.run(["run", f.path, "--headless"])
        #expect(r.status == 1)
        // Without a label, the wording made from the path.
        #expect(r.stdout.contains("FAIL jobs: acked = 99  [queues.jobs.acked == 99]  actual: 100"))
        #expect(r.stdout.contains("0 of 1 held"))
    }

    @Test("variants: one report per variant, or just one with --variant")
    func variants() throws {
        let f = try CLI.file("v.yaml", """
        title: prefetch matters
        stop: drained
        queues: {jobs: {}}
        workers: {w: {queue: jobs, count: 2, prefetch: 1, work: 10ms}}
        producers: {load: {to: jobs, backlog: 100}}
        variants:
          one: {}
          unlimited:
            workers: {w: {prefetch: 0}}
            expect: [queues.jobs.acked == 100]
        """)
        let all = try CLI.run(["run", f.path, "--headless", "--format", "json"])
        #expect(all.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any]
        let variants = obj?["variants"] as? [String: Any]
        #expect(variants?.keys.sorted() == ["one", "unlimited"])
        let one = try CLI.run(["run", f.path, "--headless", "--format", "json", "--variant", "unlimited"])
        #expect(one.stdout.contains("\"variant\": \"unlimited\""))
        #expect(!one.stdout.contains("\"variants\""))
    }

    @Test("list shows exactly the files in Scenarios/, and each validates and passes headless")
    func builtins() throws {
        let r = try CLI.run(["list"])
        #expect(r.status == 0)
        let listed = r.stdout.split(separator: "\n").map { $0.split(separator: " ").first { !$0.hasSuffix(".") }.map(String.init) ?? "" }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Scenarios").path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        #expect(listed.sorted() == files.sorted())
        for name in files {
            let v = try CLI.run(["validate", name])
            #expect(v.status == 0, "\(name): \(v.stderr)")
            let run = try CLI.run(["run", name, "--headless"])
            #expect(run.status == 0, "\(name) did not pass its expectations:\n\(run.stdout)\(run.stderr)")
        }
    }

    @Test("a trap or a fatal signal exits 3 with a message, never a signal", arguments: ["trap", "11", "7"])
    func internalError(kind: String) throws {
        let env = kind == "trap" ? ["BROKERSIM_SELFTEST_TRAP": "1"] : ["BROKERSIM_SELFTEST_SIGNAL": kind]
        let r = try CLI.run(["list"], env: env)
        #expect(r.status == 3)
        #expect(r.stderr.contains("brokersim: internal error (signal"))
    }

    @Test("plain brokersim opens the console; without a terminal it says so and how to run headless, exit 2")
    func bare() throws {
        let r = try CLI.run([])
        #expect(r.status == 2)
        #expect(r.stderr == "brokersim: the console needs a terminal on stdin and stdout; without one, run a scenario headless: brokersim run NAME --headless\n")
        #expect(r.stdout.isEmpty)
    }
}

@Suite("at: expectations", .serialized)
struct AtExpectationTests {
    @Test("an at: past the stop sees the state the run ended with")
    func atPastStop() throws {
        let f = try CLI.file("late.yaml", """
        title: late check
        stop: 10s
        queues: {jobs: {}}
        producers: {load: {to: jobs, rate: 10/s, arrivals: uniform}}
        expect:
          - at: 20s
            that: simulated_seconds == 10
          - at: 5s
            that: producers.load.sent == 50
        """)
        let r = try CLI.run(["run", f.path, "--headless"])
        #expect(r.status == 0, "\(r.stdout)")
    }
}

@Suite("The drill headless: answers and a score")
struct DrillCLITests {
    @Test("--answers marks each pick and ends the transcript with the score and the chapters to review")
    func answersGiveAScore() throws {
        let r = try CLI.run(["run", "interview-drill", "--headless", "--answers", "2,2,2,2,1,2,3,3,3,2,2,3"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("2. They go back to the queue, flagged redelivered. (the\n                     answer) (your answer)")
                || r.stdout.contains("(the answer) (your answer)"))
        #expect(r.stdout.contains("  Score: 11 of 12; review chapter 5\n"))
        let none = try CLI.run(["run", "interview-drill", "--headless"])
        #expect(none.stdout.contains("  12 questions: for a score, answer in the console, or here with --answers (one\n  choice per question, in order, 0 for none)\n"))
    }

    @Test("--answers needs --headless and numbers")
    func answersAreChecked() throws {
        let console = try CLI.run(["run", "interview-drill", "--answers", "1,2"])
        #expect(console.status == 2)
        #expect(console.stderr.contains("--answers is for --headless runs"))
        let bad = try CLI.run(["run", "interview-drill", "--headless", "--answers", "a,2"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--answers takes choice numbers separated by commas"))
    }
}
