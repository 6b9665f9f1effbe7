import Foundation
import Testing

/// A private tmux server with one 120×40 pane running a plain shell, driven
/// like a user would: send keys, read the screen.
///
/// Every wait polls the screen until a deadline instead of sleeping a fixed
/// time, so the suite is as fast as the machine allows and does not flake on
/// a slow one.
final class Tmux {
    let socket = "bs-e2e-\(UUID().uuidString.prefix(8))"
    let dir: URL
    static let deadline: Duration = .seconds(30)

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("brokersim-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        // A known prompt, no rc files: the screen is the same on every machine.
        try tmux(["new-session", "-d", "-x", "120", "-y", "40", "-s", "e2e", "-c", dir.path,
                  "env", "-i", "PATH=/usr/bin:/bin", "HOME=\(dir.path)", "LANG=C.UTF-8", "TERM=xterm-256color",
                  "PS1=READY$ ", "bash", "--norc", "--noprofile"])
        try tmux(["set-option", "-t", "e2e", "status", "off"])
        waitFor("the shell prompt") { $0.contains("READY$") }
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: dir)
        // A killed server leaves its socket file behind.
        let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(base)/tmux-\(getuid())/\(socket)")
    }

    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        // Only capture-pane's output is read: any other command may start the
        // server, which would inherit a pipe and hold it open forever.
        try Spawn.run("/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + args, capture: args.first == "capture-pane")
    }

    /// What the pane shows now, one string per row.
    var screen: String { (try? tmux(["capture-pane", "-p", "-t", "e2e"])) ?? "" }

    /// Types `text` (literally) and Enter.
    func type(_ text: String) { _ = try? tmux(["send-keys", "-t", "e2e", "-l", text]); keys("Enter") }

    /// Presses tmux key names (`Space`, `Left`, `C-c`, `q`).
    func keys(_ names: String...) { _ = try? tmux(["send-keys", "-t", "e2e"] + names) }

    func resize(_ w: Int, _ h: Int) { _ = try? tmux(["resize-window", "-t", "e2e", "-x", "\(w)", "-y", "\(h)"]) }

    /// Polls the screen until `ok` holds; records an issue with the last screen when the deadline passes.
    @discardableResult
    func waitFor(_ what: String, sourceLocation: SourceLocation = #_sourceLocation, _ ok: (String) -> Bool) -> String {
        let clock = ContinuousClock()
        let end = clock.now + Self.deadline
        var last = ""
        while clock.now < end {
            last = screen
            if ok(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); the screen was:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// Starts `brokersim ARGS` in the pane with its pid in `pid` (sh execs it, so
    /// the pid is the console's own), after saving the tty settings to compare later.
    func start(_ binary: URL, _ args: String) {
        type("clear; SAVED=$(stty -g); sh -c 'echo $$ > pid; exec \(binary.path) \(args)'; echo \"exit=$?\"")
    }

    var pid: Int32? {
        (try? String(contentsOf: dir.appendingPathComponent("pid"), encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// After the console ended: its exit status is shown, and the shell is back
    /// with the same tty settings as before it started (echo, canonical mode).
    func expectShellUsable(exit: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        waitFor("exit=\(exit)", sourceLocation: sourceLocation) { $0.contains("exit=\(exit)") }
        type("[ \"$(stty -g)\" = \"$SAVED\" ] && echo TTY-RESTORED; echo typed-back")
        let s = waitFor("the shell to answer", sourceLocation: sourceLocation) { $0.contains("\ntyped-back") || $0.hasPrefix("typed-back") }
        // A line of its own: the typed command contains the words too.
        let lines = s.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("TTY-RESTORED"), "tty settings differ after the console:\n\(s)", sourceLocation: sourceLocation)
        #expect(!s.contains("brokersim  "), "the console is still on screen:\n\(s)", sourceLocation: sourceLocation)
    }
}

enum Binary {
    /// The built `brokersim` next to this test bundle (as the CLI tests find it).
    static var url: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("brokersim")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let env = ProcessInfo.processInfo.environment["BROKERSIM_BIN"] ?? ".build/debug/brokersim"
        return URL(fileURLWithPath: env).standardizedFileURL
    }
}
