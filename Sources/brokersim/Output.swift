import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to stdout and stderr with plain `write(2)`.
///
/// SIGPIPE is ignored (main.swift), so a reader that goes away (`| head -c 1`) shows up here
/// as EPIPE: the rest of that stream is dropped quietly and the exit code stays the run's own.
/// Any other failure (a full disk) is said once on stderr and the run exits 3.
enum Output {
    nonisolated(unsafe) static var closed: Set<Int32> = []
    nonisolated(unsafe) static var failure: String?

    static func out(_ s: String) { write(s, to: STDOUT_FILENO) }
    static func err(_ s: String) { write(s, to: STDERR_FILENO) }

    static func write(_ s: String, to fd: Int32) {
        guard !closed.contains(fd) else { return }
        var s = s
        s.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
                if n > 0 { done += n; continue }
                if n < 0 && errno == EINTR { continue }
                closed.insert(fd)
                if errno != EPIPE && failure == nil {
                    failure = "cannot write to \(fd == STDOUT_FILENO ? "stdout" : "stderr"): \(String(cString: strerror(errno)))"
                }
                return
            }
        }
    }
}
