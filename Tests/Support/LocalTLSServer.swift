import Foundation

/// An HTTPS server on 127.0.0.1 for the tests of `https://` watching: a certificate authority
/// and a server certificate made with the `openssl` command in a fresh folder, and
/// `openssl s_server -WWW` serving the recorded management API answers of one state (each
/// `/api/NAME` is the file `www/api/NAME`). `.ci/run` installs openssl when it is missing.
public final class LocalTLSServer {
    public let dir: URL
    /// The authority that signed the server's certificate (PEM).
    public let caFile: String
    public let port: Int
    private let process: Process

    static let openssl = URL(fileURLWithPath: "/usr/bin/openssl")

    public struct Failure: Error, CustomStringConvertible { public var description: String }

    /// - Parameters: bodies: the API's answers by endpoint name; subjectAltName: what the
    ///   server's certificate names (`IP:127.0.0.1,DNS:localhost` by default).
    public init(bodies: [String: Data], subjectAltName: String = "IP:127.0.0.1,DNS:localhost") throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("brokersim-tls-\(UUID().uuidString)")
        self.dir = dir
        let api = dir.appendingPathComponent("www/api")
        try FileManager.default.createDirectory(at: api, withIntermediateDirectories: true)
        for (name, body) in bodies {
            // A name with slashes (`queues/%2F/jobs`) is a file in folders, as s_server serves it.
            let file = api.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try body.write(to: file)
        }
        func path(_ f: String) -> String { dir.appendingPathComponent(f).path }
        caFile = path("ca.crt")
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try Self.run(["req", "-x509"] + ec + ["-keyout", path("ca.key"), "-out", caFile, "-days", "1",
                                             "-subj", "/CN=brokersim test authority"])
        try Self.run(["req"] + ec + ["-keyout", path("server.key"), "-out", path("server.csr"), "-subj", "/CN=brokersim test broker"])
        try "subjectAltName=\(subjectAltName)\n".write(toFile: path("ext.cnf"), atomically: true, encoding: .utf8)
        try Self.run(["x509", "-req", "-in", path("server.csr"), "-CA", caFile, "-CAkey", path("ca.key"), "-CAcreateserial",
                      "-out", path("server.crt"), "-days", "1", "-extfile", path("ext.cnf")])
        // Port 0: the system picks a free one, and s_server says which on its first line.
        let log = path("server.log")
        FileManager.default.createFile(atPath: log, contents: nil)
        process = Process()
        process.executableURL = Self.openssl
        process.arguments = ["s_server", "-WWW", "-accept", "127.0.0.1:0", "-cert", path("server.crt"), "-key", path("server.key")]
        process.currentDirectoryURL = dir.appendingPathComponent("www")
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var found: Int?
        for _ in 0..<100 where found == nil {
            Thread.sleep(forTimeInterval: 0.05)
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("ACCEPT ") }),
               let p = line.split(separator: ":").last.flatMap({ Int($0) }) {
                found = p
            }
        }
        guard let found else {
            kill(process.processIdentifier, SIGKILL)
            throw Failure(description: "openssl s_server did not start")
        }
        port = found
    }

    /// SIGKILL: the test runner's threads block SIGTERM, and a child started from one inherits that.
    public func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: dir)
    }

    private static func run(_ args: [String]) throws {
        let p = Process()
        p.executableURL = openssl
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        if p.terminationStatus != 0 { throw Failure(description: "openssl \(args.first ?? "") failed") }
    }
}
