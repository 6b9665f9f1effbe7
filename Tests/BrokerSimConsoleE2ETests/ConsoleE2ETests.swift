import Foundation
import Testing

/// The real binary in a real terminal (tmux): what a user sees and whether the
/// shell is usable afterwards.
@Suite("Console in a terminal", .serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct ConsoleE2ETests {
    /// The header's clock, `HH:MM:SS.mmm`.
    static func clock(_ screen: String) -> String? {
        guard let r = screen.range(of: #"\d\d:\d\d:\d\d\.\d\d\d"#, options: .regularExpression) else { return nil }
        return String(screen[r])
    }

    /// The task-queue panel's rows: the numbers a user compares.
    static func panel(_ screen: String) -> [String] {
        screen.split(separator: "\n").map(String.init).filter { $0.contains("ready ") || $0.contains("mailer-") }
    }

    @Test func pauseStepSeekBackAndQuitWithQ() throws {
        let t = try Tmux()
        t.start(Binary.url, "run password-resets --speed 20")
        t.waitFor("the console running") { $0.contains("RUNNING") && $0.contains("emails") }
        t.keys("Space")
        let paused = t.waitFor("PAUSED") { $0.contains("PAUSED") }
        let pausedAt = try #require(Self.clock(paused))

        // Paused draws nothing new: the clock stays.
        #expect(Self.clock(t.screen) == pausedAt)

        // `.` steps to the next whole second (the sample interval of a drained run).
        t.keys(".")
        // Every wait holds for all that is then expected of the capture: tmux can catch a frame
        // half drawn (the header new, the rest still the old one).
        let stepped = t.waitFor("a step") { Self.clock($0) != pausedAt && Self.clock($0)?.hasSuffix(".000") == true }
        let steppedAt = try #require(Self.clock(stepped))
        #expect(steppedAt.hasSuffix(".000"))
        #expect(steppedAt > pausedAt)

        // Seek forward 10 samples, then back: the clock and the numbers come back exactly.
        let before = t.screen
        t.keys("Right")
        let ahead = t.waitFor("a seek forward") { s in
            Self.clock(s).map { $0 > steppedAt } == true && Self.panel(s) != Self.panel(before)
        }
        #expect(Self.clock(ahead)! > steppedAt)
        t.keys("Left")
        // The whole panel, not the clock alone: tmux can capture a frame whose header is drawn
        // and whose worker rows are not yet (a wrong panel never matches and times out).
        let back = t.waitFor("a seek back") { Self.clock($0) == steppedAt && Self.panel($0) == Self.panel(before) }
        #expect(Self.panel(before).count >= 3)
        #expect(Self.panel(back) == Self.panel(before))
        #expect(Self.panel(ahead) != Self.panel(before))

        t.keys("q")
        t.expectShellUsable(exit: 0)
    }

    /// tmux sends `\e[1~` and `\e[4~` for Home and End, which the pane's TERM (xterm-256color)
    /// does not list: they used to arrive as Esc, `[` (scale down!), `1` (an answer), `~`.
    @Test func homeAndEndUnderTmux() throws {
        let t = try Tmux()
        t.start(Binary.url, "run password-resets --speed 20")
        t.waitFor("the console running") { $0.contains("RUNNING") && $0.contains("emails") }
        t.keys("Space")
        t.waitFor("PAUSED") { $0.contains("PAUSED") }
        t.keys("End")
        let end = t.waitFor("End to reach the end") { $0.contains("FINISHED") }
        #expect(end.contains("published 10,000  acked 10,000"), "the whole run:\n\(end)")
        t.keys("Home")
        let start = t.waitFor("Home to go back to 0") { Self.clock($0) == "00:00:00.000" }
        #expect(!start.contains("No question is open") && !start.contains("scaled"), "stray keys:\n\(start)")
        t.keys("q")
        t.expectShellUsable(exit: 0)
    }

    @Test func crashAWorkerFromTheKeyboardAndWriteTheScenario() throws {
        let t = try Tmux()
        t.start(Binary.url, "run password-resets")
        t.waitFor("the console running") { $0.contains("mailer-2 busy") }
        t.keys("Space")
        t.waitFor("PAUSED") { $0.contains("PAUSED") }
        t.keys("Down", "Down")
        t.waitFor("mailer-2 selected") { $0.contains("c crash mailer-2") }
        t.keys("c")
        let crashed = t.waitFor("mailer-2 crashed") {
            $0.contains("mailer-2 crashed") && $0.contains("✖ mailer-2") && ($0.contains("redelivered") || $0.contains("crashed while idle"))
        }
        #expect(crashed.contains("redelivered") || crashed.contains("crashed while idle"))

        t.keys("w")
        t.waitFor("the file written") { $0.contains("Wrote password-resets-live-1.yaml") }
        let written = try String(contentsOf: t.dir.appendingPathComponent("password-resets-live-1.yaml"), encoding: .utf8)
        #expect(written.contains("# added in the console"))
        #expect(written.contains("crash: mailer-2"))

        t.keys("?")
        t.waitFor("the help") { $0.contains("? or Esc closes this help") }
        t.keys("Escape")
        t.waitFor("the help closed") { !$0.contains("? or Esc closes this help") }
        t.keys("q")
        t.expectShellUsable(exit: 0)
    }

    @Test func resizeBelowTheMinimumAndBack() throws {
        let t = try Tmux()
        t.start(Binary.url, "run password-resets --speed 0.1")
        t.waitFor("the console") { $0.contains("emails") }
        t.resize(70, 20)
        t.waitFor("the size warning") { $0.contains("Terminal too small: 70×20") }
        t.resize(100, 30)
        let wide = t.waitFor("the layout again") {
            $0.contains("emails") && !$0.contains("too small") && $0.split(separator: "\n").first?.count ?? 0 > 80
        }
        #expect(wide.split(separator: "\n").first?.count ?? 0 > 80)
        t.keys("C-c")
        t.expectShellUsable(exit: 0)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let t = try Tmux()
        t.start(Binary.url, "run password-resets")
        t.waitFor("the console") { $0.contains("RUNNING") }
        let pid = try #require(t.pid)
        kill(pid, SIGTERM)
        t.expectShellUsable(exit: 0)
    }

    @Test func sighupRestoresTheTerminal() throws {
        let t = try Tmux()
        t.start(Binary.url, "run password-resets")
        t.waitFor("the console") { $0.contains("RUNNING") }
        let pid = try #require(t.pid)
        kill(pid, SIGHUP)
        t.expectShellUsable(exit: 0)
    }

    @Test func aBadScenarioNeverOpensTheConsole() throws {
        let t = try Tmux()
        t.start(Binary.url, "run no-such-scenario")
        t.expectShellUsable(exit: 2)
    }
}
