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
exit(code)
