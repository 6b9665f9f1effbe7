import CFatalSignals
import Foundation

// A trap anywhere (a Swift runtime check, a stack overflow) exits 3 with a message, never a signal.
bs_fatal_install()
// Lets the test suite prove that a trap becomes exit 3 with a message.
if let sig = ProcessInfo.processInfo.environment["BROKERSIM_SELFTEST_SIGNAL"], let n = Int32(sig) { bs_raise(n) }
if ProcessInfo.processInfo.environment["BROKERSIM_SELFTEST_TRAP"] != nil { preconditionFailure("self-test trap") }
// A closed stdout (`brokersim run … | head`) is an EPIPE for Output to handle, not a death by signal.
signal(SIGPIPE, SIG_IGN)
var code = CommandLineInterface.main(Array(CommandLine.arguments.dropFirst()))
if let failure = Output.failure {
    Output.err("brokersim: \(failure)\n")
    code = Exit.internalError
}
// Lets the test suite read this process's peak memory (the kernel's high-water mark of its RSS).
if ProcessInfo.processInfo.environment["BROKERSIM_SELFTEST_PEAK_RSS"] != nil,
   let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
   let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) {
    Output.err("peak RSS: \(line.dropFirst(6).trimmingCharacters(in: .whitespaces))\n")
}
exit(code)
