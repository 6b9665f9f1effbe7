import Foundation
import Testing

/// Memory follows the number of things a file declares, within the limits of docs/scenarios.md.
@Suite("Memory stays bounded at the size limits")
struct MemoryBoundTests {
    /// A file at 1/`k` of the limits on queues, bindings, instances, partitions, services and
    /// producers, with backlogs and sizes at their limits.
    static func largest(dividedBy k: Int) -> String {
        let q = 1000 / k
        var lines = ["title: the largest sizes brokersim takes, divided by \(k)", "stop: 1s", "queues:"]
        lines += (0..<q).map { "  q\($0): {max_length: 1000}" }
        lines.append("exchanges:")
        for e in 0..<10 {
            lines += ["  x\(e):", "    type: topic", "    bind:"]
            lines += (0..<q).map { "      - {queue: q\((e * q + $0) % q), key: \"k.\($0).#\"}" }
        }
        lines.append("workers:")
        lines += (0..<q).map { "  w\($0): {queue: q\($0), count: 700, prefetch: 10, work: 10ms}" }
        lines.append("topics:")
        lines += (0..<(100 / k)).map { "  t\($0): {partitions: 1000}" }
        lines.append("groups:")
        lines += (0..<max(1, 10 / k)).map { "  g\($0): {topic: t\($0)}" }
        lines.append("services:")
        lines += (0..<q).map { "  s\($0): {count: 299, concurrency: 3}" }
        lines.append("producers:")
        for i in 0..<q {
            switch i % 4 {
            case 0: lines.append("  p\(i): {to: q\(i), rate: 1k/s, size: 512MB}")
            case 1: lines.append("  p\(i): {to: t\(i % (100 / k)), rate: 1k/s, size: 512MB}")
            case 2: lines.append("  p\(i): {call: s\(i), rate: 1k/s}")
            default: lines.append("  p\(i): {to: x\(i % 10), routing_key: \"k.\(i % q).a\", rate: 1k/s, backlog: 1G, size: 1KB}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Runs brokersim under a 4 GB address-space cap (a runaway allocation fails the test instead
    /// of taking the shared machine's memory) and returns its exit status and peak RSS in KB, as
    /// the process itself reads it from /proc at exit (`BROKERSIM_SELFTEST_PEAK_RSS`).
    static func peak(_ args: [String]) throws -> (status: Int32, kb: Int) {
        let r = try CLI.command(URL(fileURLWithPath: "/bin/bash"),
                                ["-c", "ulimit -v 4000000; exec \"$0\" \"$@\"", CLI.binary.path] + args,
                                env: ["BROKERSIM_SELFTEST_PEAK_RSS": "1"])
        let line = r.stderr.split(separator: "\n").first { $0.hasPrefix("peak RSS: ") }
        let kb = line.flatMap { Int($0.dropFirst("peak RSS: ".count).split(separator: " ").first ?? "") } ?? -1
        return (r.status, kb)
    }

    @Test("the file at the limits is valid, and one more of anything is refused")
    func atTheLimits() throws {
        let file = try CLI.file("largest.yaml", Self.largest(dividedBy: 1))
        let ok = try CLI.run(["validate", file.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        let over = try CLI.file("over.yaml", Self.largest(dividedBy: 1).replacingOccurrences(of: "count: 299,", with: "count: 300,"))
        let refused = try CLI.run(["validate", over.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("more than the 1,000,000 brokersim can simulate"))
    }

    @Test("a tenth of the limits runs in a tenth of the memory budget (the full size, measured on a release build, stays under 1 GB)")
    func tenthOfTheLimits() throws {
        // The full-size file takes about a minute on a debug build; a tenth shows the same growth per thing.
        let file = try CLI.file("tenth.yaml", Self.largest(dividedBy: 10))
        for format in ["text", "json"] {
            let (status, kb) = try Self.peak(["run", file.path, "--headless", "--until", "1us", "--format", format])
            #expect(status == 0)
            #expect(kb > 20_000)
            #expect(kb < 150_000, "peak RSS \(kb) KB for a tenth of the limits")
        }
    }
}
