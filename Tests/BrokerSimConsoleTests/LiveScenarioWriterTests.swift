import BrokerSimCore
import BrokerSimScenario
import Foundation
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

@Suite("Live scenario writer")
struct LiveScenarioWriterTests {
    var config: WorldConfig {
        var c = WorldConfig()
        c.workers = [WorkerPoolConfig(name: "mailer", queue: 0)]
        c.producers = [ProducerConfig(name: "signups", target: .queue(0))]
        c.groups = [GroupConfig(name: "audit", topic: 0)]
        return c
    }

    let entries = [
        TimelineEntry(at: SimTime(micros: 21_350_000), action: .crash(.worker(pool: 0, index: 2), downFor: nil)),
        TimelineEntry(at: SimTime(micros: 30_000_001), action: .slow(.member(group: 0, index: 0), factor: 5)),
        TimelineEntry(at: SimTime(micros: 90_000_000), action: .rate(producer: 0, to: 1_250.5, over: .zero)),
        TimelineEntry(at: SimTime(micros: 120_000_000), action: .scale(.workerPool(0), count: 6)),
    ]

    @Test func appendsToAnExistingTimelineKeepingTheRestAsWritten() throws {
        let source = """
        title: "demo"   # a comment
        timeline:
          - at: 20s
            crash: mailer-3

        expect:
          - queues.emails.lost == 0

        """
        let out = try LiveScenarioWriter.write(source: source, entries: entries, config: config)
        #expect(out == """
        title: "demo"   # a comment
        timeline:
          - at: 20s
            crash: mailer-3
          # added in the console
          - at: 21350ms
            crash: mailer-3
          - at: 30000001us
            slow: audit-1
            factor: 5
          - at: 90s
            rate: signups
            to: 1250.5/s
          - at: 2m
            scale: mailer
            count: 6

        # These expectations describe the run without the actions added in the console,
        # so they are kept as comments and not checked.
        expect: []
        # expect:
        #   - queues.emails.lost == 0

        """)
    }

    @Test func addsATimelineWhenThereIsNone() throws {
        let out = try LiveScenarioWriter.write(source: "title: x\nstop: 1m", entries: [entries[0]], config: config)
        #expect(out == "title: x\nstop: 1m\ntimeline:\n  # added in the console\n  - at: 21350ms\n    crash: mailer-3\n")
    }

    @Test func followsTheFilesIndentationAndAnEmptyFlowList() throws {
        let indented = try LiveScenarioWriter.write(source: "timeline:\n    - at: 1s\n      crash: mailer\n", entries: [entries[3]], config: config)
        #expect(indented == "timeline:\n    - at: 1s\n      crash: mailer\n    # added in the console\n    - at: 2m\n      scale: mailer\n      count: 6\n")
        let empty = try LiveScenarioWriter.write(source: "timeline: []\nseed: 2\n", entries: [entries[3]], config: config)
        #expect(empty == "timeline:\n  # added in the console\n  - at: 2m\n    scale: mailer\n    count: 6\nseed: 2\n")
    }

    @Test func aNonEmptyFlowTimelineIsRefused() {
        #expect(throws: LiveScenarioWriter.Failure.flowTimeline) {
            try LiveScenarioWriter.write(source: "timeline: [{at: 1s, crash: mailer}]\n", entries: [entries[0]], config: config)
        }
    }

    @Test func nothingToAddKeepsTheTextIdentical() throws {
        #expect(try LiveScenarioWriter.write(source: "title: x\n", entries: [], config: config) == "title: x\n")
    }

    /// Each variant's list too, items at the key's own indent, and not a line of `about:` text.
    @Test func everyExpectBlockBecomesComments() throws {
        let source = """
        about: |
          expect: this is prose
        expect:
        - a == 1
        variants:
          one:
            expect: [b == 2]
          two: {}
        """
        let out = try LiveScenarioWriter.write(source: source, entries: [entries[0]], config: config)
        #expect(out.hasPrefix("""
        about: |
          expect: this is prose
        # These expectations describe the run without the actions added in the console,
        # so they are kept as comments and not checked.
        expect: []
        # expect:
        # - a == 1
        variants:
          one:
            # These expectations describe the run without the actions added in the console,
            # so they are kept as comments and not checked.
            expect: []
            # expect: [b == 2]
          two: {}
        timeline:
        """))
    }

    /// Finding: the saved file re-ran headless and "failed" on expectations written for the
    /// unaltered run. Improvise on password-resets (mailer-3 crashes at 1 s and comes back, so
    /// `workers.mailer-3.crashes == 1` no longer holds), write, re-run headless: exit 0.
    @Test func aWrittenFileReRunsHeadlessWithExitZero() throws {
        let sc = try ScenarioLoader.load("password-resets")
        let improvised = [
            TimelineEntry(at: .zero + .secs(1), action: .crash(.worker(pool: 0, index: 2), downFor: nil)),
            TimelineEntry(at: .zero + .secs(2), action: .restart(.worker(pool: 0, index: 2))),
        ]
        let text = try LiveScenarioWriter.write(source: sc.sourceText, entries: improvised, config: sc.config)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("brokersim-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("password-resets-live-1.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let written = try headless(file.path)
        #expect(written.status == 0, "\(written.out)")
        #expect(written.out.contains("\"crashes\": 2"))
        // The same actions with the expectations left live would have failed.
        let raw = text.replacingOccurrences(of: LiveScenarioWriter.expectationsNote + "\n", with: "")
            .replacingOccurrences(of: LiveScenarioWriter.expectationsNote2 + "\n", with: "")
            .replacingOccurrences(of: "expect: []\n", with: "").replacingOccurrences(of: "\n# ", with: "\n")
        try raw.write(to: file, atomically: true, encoding: .utf8)
        #expect(try headless(file.path).status == 1)
    }

    func headless(_ path: String) throws -> (status: Int32, out: String) {
        var dir = Bundle.main.bundleURL
        var binary = URL(fileURLWithPath: ".build/debug/brokersim")
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("brokersim")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { binary = candidate; break }
            dir = dir.deletingLastPathComponent()
        }
        let p = Process()
        p.executableURL = binary
        p.arguments = ["run", path, "--headless", "--format", "json"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// `w` with variants side by side: every pane's actions, each where it applies.
@Suite("Live scenario writer, variants")
struct LiveScenarioVariantsTests {
    /// sync-trap: an email-api instance exists only in `sync`, an email sender only in
    /// `async` (which has a timeline of its own); a rate change of `checkout` was taken in both.
    @Test func eachPanesActionsGoUnderItsOwnVariant() throws {
        let sc = try ScenarioLoader.load("sync-trap")
        let sync = try #require(sc.variants.first { $0.name == "sync" })
        let async = try #require(sc.variants.first { $0.name == "async" })
        let at = SimTime.zero + .secs(25)
        let syncRate = try #require(sync.config.producers.firstIndex { $0.name == "checkout" })
        let asyncRate = try #require(async.config.producers.firstIndex { $0.name == "checkout" })
        #expect(syncRate == asyncRate)
        let both = TimelineEntry(at: at, action: .rate(producer: syncRate, to: 30, over: .zero))
        let text = try LiveScenarioWriter.write(source: sc.sourceText, panes: [
            .init(variant: "sync", config: sync.config,
                  entries: [both, TimelineEntry(at: at, action: .crash(.serviceInstance(service: 0, index: 0), downFor: nil))]),
            .init(variant: "async", config: async.config,
                  entries: [both, TimelineEntry(at: at, action: .crash(.worker(pool: 0, index: 0), downFor: nil))]),
        ])
        // The shared action under the file's timeline; email-api-1 in sync's own, written whole;
        // email-sender-1 and the shared one at the end of async's own list.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let variants = try #require(lines.firstIndex(of: "variants:"))
        let asyncAt = try #require(lines.firstIndex(of: "  async:"))
        #expect(lines[..<variants].contains("    rate: checkout"))
        let syncBlock = lines[variants..<asyncAt].joined(separator: "\n")
        #expect(syncBlock.contains("    timeline:\n      - at: 0s\n        say:"))
        #expect(syncBlock.contains("      - at: 25s\n        crash: email-api-1"))
        let asyncBlock = lines[asyncAt...].joined(separator: "\n")
        #expect(asyncBlock.contains("crash: email-sender-1") && asyncBlock.contains("rate: checkout"))
        #expect(!asyncBlock.contains("email-api-1"))
        // It loads, and each variant runs its own actions.
        let written = try ScenarioLoader.parse(text: text, file: "sync-trap-live-1.yaml", name: "sync-trap-live-1")
        let s = try #require(written.variants.first { $0.name == "sync" })
        let a = try #require(written.variants.first { $0.name == "async" })
        #expect(s.config.timeline.contains { $0.action == .crash(.serviceInstance(service: 0, index: 0), downFor: nil) && $0.at == at })
        #expect(a.config.timeline.contains { $0.action == .crash(.worker(pool: 0, index: 0), downFor: nil) && $0.at == at })
        #expect(a.config.timeline.contains { $0 == both })
        #expect(s.expectations.isEmpty && a.expectations.isEmpty)
    }
}
