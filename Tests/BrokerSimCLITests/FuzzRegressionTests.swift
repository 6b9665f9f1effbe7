import Foundation
import Testing

/// The fuzz campaign's reproducers (Fixtures/fuzz): each ends with exit 0, 1 or 2 within seconds,
/// never exit 3, a signal or a hang.
@Suite("Fuzz reproducers end cleanly")
struct FuzzRegressionTests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/\(name).yaml").path
    }

    /// Runs with a wall-clock bound; a run still going after `seconds` is a failure, not a hang.
    static func run(_ args: [String], within seconds: Double = 20) throws -> (CLIResult, Double) {
        let start = Date()
        let r = try CLI.command(URL(fileURLWithPath: "/usr/bin/timeout"), ["-s", "KILL", String(Int(seconds)), CLI.binary.path] + args)
        return (r, Date().timeIntervalSince(start))
    }

    /// A bash script with the binary as $0 and `args` as $1….
    static func bash(_ script: String, _ args: String...) throws -> CLIResult {
        try CLI.command(URL(fileURLWithPath: "/bin/bash"), ["-c", script, CLI.binary.path] + args)
    }

    @Test("sizes a run cannot hold are refused at validation with file:line:col naming the limit", arguments: [
        ("exit3-alloc-workers-100M", "3:32: count: 100000000 workers is more than the 1,000,000 brokersim can simulate"),
        ("exit3-alloc-group-consumers-100M", "3:35: consumers: 100000000 consumers is more than the 1,000,000"),
        ("exit3-alloc-partitions-1G", "2:26: partitions: 1000000000 partitions is more than the 100,000"),
        ("exit3-alloc-keyed-partitions-100M", "partitions: 100000000 partitions is more than the 100,000"),
        ("exit3-alloc-service-count-1G", "2:23: count: 1000000000 instances is more than the 1,000,000"),
        ("exit3-alloc-report-10M-workers", "count: 10000000 workers is more than the 1,000,000"),
        ("slow-mem-10M-workers", "count: 10000000 workers is more than the 1,000,000"),
        ("exit3-scale-group-100M", "10:31: count: 100000000 instances is more than the 1,000,000"),
        ("mem-scale-service-concurrency", "5:33: count × concurrency: 2000000 calls in service at once is more than the 1,000,000"),
        ("mem-burst-of-calls", "count: 10000000 calls is more than the 1,000,000"),
        ("mem-tiny-segments", "segment: 1ms segments kept for 1000w in 1 partition make 604800000001 segments, more than the 1,000,000"),
        ("mem-topic-rate-1000G-segments", "rate '1000G/s' is more than the 1G/s brokersim can simulate"),
        ("exit3-topic-rate-1e30", "rate '1000000000000000000000000000000/s' is more than the 1G/s"),
        ("exit3-group-rate-huge", "is more than the 1G/s brokersim can simulate"),
        ("exit3-page-rate-huge", "3:21: rate '99999999999999999999999999999G/s' is more than the 1G/s"),
        ("exit3-size-times-count-overflow", "size: a message of 8 EB on average is more than the 512 MB brokersim can simulate"),
        ("exit3-lognormal-size-sample-overflow", "sigma 30 in 'lognormal(1KB, 30)' is more than the 5 brokersim can simulate"),
        ("exit3-lognormal-size-mean-overflow", "sigma 100 in 'lognormal(1KB, 100)' is more than the 5"),
        ("exit3-service-work-lognormal", "sigma 30 in 'lognormal(1s, 30)' is more than the 5"),
        ("exit3-group-work-lognormal", "sigma 30 in 'lognormal(1s, 30)' is more than the 5"),
        ("exit3-topic-size-lognormal", "sigma 100 in 'lognormal(1KB, 100)' is more than the 5"),
        ("exit3-slow-factor-huge", "8:31: factor: 1e+38 is outside the 0.000001 to 1,000,000 brokersim can simulate"),
        ("slow-retention-check-1us", "4:24: retention_check: 1us is shorter than the 100ms brokersim can simulate"),
        ("hang-validate-alias-amplified-expectation", "the aliases in this file repeat more text than brokersim reads"),
        ("mem-output-alias-amplified-say", "the aliases in this file repeat more text than brokersim reads"),
    ])
    func refused(name: String, message: String) throws {
        let path = Self.fixture(name)
        for args in [["validate", path], ["run", path, "--headless"]] {
            let (r, wall) = try Self.run(args, within: 10)
            #expect(r.status == 2)
            #expect(r.stderr.contains("\(path):"))
            #expect(r.stderr.contains(message), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
            #expect(wall < 5)
        }
    }

    @Test("dead-letter cycles, tiny rates and #-heavy topic patterns run to the end with exit 0", arguments: [
        "exit3-retry-queue-pair", "exit3-ttl-deadletter-self-1s", "exit3-deadletter-cycle-ttl0",
        "exit3-deadletter-cycle-maxlength0", "exit3-deadletter-cycle-fanout", "exit3-producer-rate-tiny",
        "exit3-producer-rate-tiny-uniform", "exit3-ramp-to-tiny-rate", "exit3-queue-rate-limit-tiny",
        "exit3-group-rate-tiny", "hang-topic-pattern-backtracking", "sigpipe-big-report",
        "terminal-injection-headless-text",
    ])
    func runsClean(name: String) throws {
        let (r, wall) = try Self.run(["run", Self.fixture(name), "--headless", "--format", "json"], within: 15)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(r.stdout.hasPrefix("{"))
        #expect(wall < 10)
    }

    @Test("the retry pair passes the message once around and then drops it by the cycle rule")
    func retryPairNumbers() throws {
        let (r, _) = try Self.run(["run", Self.fixture("exit3-retry-queue-pair"), "--headless"])
        #expect(r.status == 0)
        // work: published 1, dead-lettered 1; retry: published 1, discarded 1 (the cycle drop).
        #expect(r.stdout.contains("  work           1          0            0      0         0              1          0"))
        #expect(r.stdout.contains("  retry          1          0            0      0         0              0          1"))
    }

    @Test("a zero-time poison requeue loop moves the clock: --until ends it", arguments: [
        "hang-poison-requeue-zero-work", "hang-fail1-requeue-zero-work",
    ])
    func zeroWorkLoop(name: String) throws {
        let (r, wall) = try Self.run(["run", Self.fixture(name), "--headless", "--until", "20ms", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"simulated_seconds\": 0.02"))
        #expect(r.stdout.contains("\"rejected\": 2000"))
        #expect(wall < 10)
    }

    @Test("a value with a newline gives one diagnostic line, the newline shown as \\n")
    func oneLinePerProblem() throws {
        let path = Self.fixture("exit2-diagnostic-spans-lines")
        let (r, _) = try Self.run(["validate", path])
        #expect(r.status == 2)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("\(path):1:7: invalid duration '1\\n2s'") == true)
    }

    @Test("the text report escapes terminal control sequences from the scenario")
    func noTerminalInjection() throws {
        let (r, _) = try Self.run(["run", Self.fixture("terminal-injection-headless-text"), "--headless"])
        #expect(r.status == 0)
        #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(r.stdout.contains("report\\u{1B}[?1000h"))
    }

    @Test("stdout closed early: no SIGPIPE death, the run's own exit code")
    func closedStdout() throws {
        // `head -c 1` reads one byte of a 160 KB report and exits; brokersim must not die by a signal.
        let report = Self.fixture("sigpipe-big-report")
        let status = try Self.bash("\"$0\" run \"$1\" --headless --format json | head -c 1 >/dev/null; echo ${PIPESTATUS[0]}", report)
        #expect(status.stdout == "0\n")
        #expect(status.stderr.isEmpty)
        let validate = try Self.bash("\"$0\" validate $(seq 1 3000 | sed 's/.*/password-resets/') | head -c 1 >/dev/null; echo ${PIPESTATUS[0]}")
        #expect(validate.stdout == "0\n")
    }

    @Test("a write error (a full disk) is said on stderr and exits 3, not a trap")
    func fullDisk() throws {
        let r = try Self.bash("\"$0\" run password-resets --headless >/dev/full")
        #expect(r.status == 3)
        #expect(r.stderr == "brokersim: cannot write to stdout: No space left on device\n")
    }

    @Test("a run longer than two seconds shows one progress line on a terminal's stderr, and nothing when stderr is not a terminal")
    func progressLine() throws {
        // 200 ms of a 1 µs reject loop is 200,000 handlings; with the line due after 0.05 s it is
        // drawn on any build, and the test does not wait seconds of a debug build twice.
        let file = Self.fixture("hang-poison-requeue-zero-work")
        let (piped, _) = try Self.run(["run", file, "--headless", "--until", "200ms"], within: 120)
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty)
        // `script` gives the run a terminal; what it shows is the terminal's output.
        let tty = try Self.bash("BROKERSIM_PROGRESS_AFTER=0.05 script -qefc \"'$0' run '$1' --headless --until 200ms >/dev/null\" /dev/null", file)
        #expect(tty.status == 0)
        #expect(tty.stdout.contains(" of 00:00:00 simulated ("))
        #expect(tty.stdout.contains(" s wall · "))
        #expect(tty.stdout.contains(" events/s\u{1B}[K"))
        // Erased before the run ends: a bare carriage return and erase, after the last drawing.
        let erase = tty.stdout.range(of: "\r\u{1B}[K", options: .backwards)
        let lastDraw = tty.stdout.range(of: " events/s", options: .backwards)
        #expect(erase != nil && lastDraw != nil && erase!.lowerBound > lastDraw!.upperBound)
    }
}
