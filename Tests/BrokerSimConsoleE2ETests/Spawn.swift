import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with `posix_spawn` and `waitpid`.
///
/// Foundation's `Process` left the tmux client unreaped here (a zombie, and
/// `waitUntilExit` never returned), probably because tmux forks its server
/// from it; plain POSIX calls have no such surprise.
enum Spawn {
    struct Failed: Error { var what: String }

    static func run(_ path: String, _ args: [String], capture: Bool) throws -> String {
        try spawn(path, args, capture: capture).output
    }

    /// The exit status of a program run to completion (output discarded).
    static func status(_ path: String, _ args: [String]) throws -> Int32 {
        try spawn(path, args, capture: false).status
    }

    static func spawn(_ path: String, _ args: [String], capture: Bool) throws -> (output: String, status: Int32) {
        var fds: [Int32] = [-1, -1]
        if capture { guard pipe(&fds) == 0 else { throw Failed(what: "pipe") } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // A clean signal mask and default handlers: the test runs on a thread
        // pool worker that blocks signals, and the mask is inherited by tmux,
        // its shell and the console, which would then never see Ctrl-C or kill.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, &attr, argv, environ)
        if capture { close(fds[1]) }
        guard rc == 0 else {
            if capture { close(fds[0]) }
            throw Failed(what: "posix_spawn \(path): \(rc)")
        }
        var data = Data()
        if capture {
            var buf = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buf, buf.count)
                if n > 0 { data.append(contentsOf: buf[0..<n]) } else if n == 0 || errno != EINTR { break }
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which do not import.
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
        return (String(decoding: data, as: UTF8.self), exit)
    }
}
