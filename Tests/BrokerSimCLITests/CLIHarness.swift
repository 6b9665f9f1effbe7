import Foundation
import Testing

/// Runs the built `brokersim` binary and captures what a user would see.
struct CLIResult {
    var stdout: String
    var stderr: String
    var status: Int32
}

enum CLI {
    /// The debug (or release) product next to this test bundle.
    static var binary: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("brokersim")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let env = ProcessInfo.processInfo.environment["BROKERSIM_BIN"] ?? ".build/debug/brokersim"
        return URL(fileURLWithPath: env)
    }

    static func run(_ args: [String], cwd: URL? = nil, env: [String: String] = [:]) throws -> CLIResult {
        try command(binary, args, cwd: cwd, env: env)
    }

    /// Any program (a shell, `timeout`) with the same capture.
    static func command(_ executable: URL, _ args: [String], cwd: URL? = nil, env: [String: String] = [:]) throws -> CLIResult {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        if let cwd { p.currentDirectoryURL = cwd }
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Read both pipes before waiting so that a large report cannot fill a pipe and block.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationReason == .exit, "brokersim died on a signal")
        return CLIResult(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self),
                         status: p.terminationStatus)
    }

    /// A scenario file in a fresh temporary folder.
    static func file(_ name: String, _ text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("brokersim-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The JSON report minus the two fields SPEC §4 lets differ between identical runs.
    static func stable(_ json: String) -> String {
        json.split(separator: "\n").filter { !$0.contains("\"wall_seconds\"") && !$0.contains("\"events\"") }.joined(separator: "\n")
    }
}
