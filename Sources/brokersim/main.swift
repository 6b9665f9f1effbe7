import CFatalSignals
import Foundation

// A trap anywhere (a Swift runtime check, a stack overflow) exits 3 with a message, never a signal.
bs_fatal_install()
let code = CommandLineInterface.main(Array(CommandLine.arguments.dropFirst()))
exit(code)
