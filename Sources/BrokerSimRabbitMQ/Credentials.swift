import Foundation

/// The password for the management API. Never from the command line (it would show in the
/// process list and the shell history): from `BROKERSIM_RABBITMQ_PASSWORD` or a file, and the
/// well-known `guest` only for user guest on this machine (the broker refuses guest from
/// anywhere else). It is never printed, logged or recorded.
public struct Credentials: Sendable {
    public var user: String
    /// Public only so that the AMQP driver can log in with it; never printed.
    public let password: String

    public static let environmentVariable = "BROKERSIM_RABBITMQ_PASSWORD"

    public init(user: String, password: String) { self.user = user; self.password = password }

    /// - Parameter passwordFile: read whole, one trailing newline dropped.
    public static func resolve(for endpoint: ManagementEndpoint, passwordFile: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Result<Credentials, EndpointError> {
        if let passwordFile {
            guard let data = FileManager.default.contents(atPath: passwordFile),
                  var text = String(data: data, encoding: .utf8) else {
                return .failure(EndpointError("cannot read the password file '\(passwordFile)'"))
            }
            if text.hasSuffix("\r\n") { text.removeLast(2) } else if text.hasSuffix("\n") { text.removeLast() }
            return .success(Credentials(user: endpoint.user, password: text))
        }
        if let p = environment[environmentVariable], !p.isEmpty { return .success(Credentials(user: endpoint.user, password: p)) }
        if endpoint.user == "guest" && endpoint.isLocal { return .success(Credentials(user: "guest", password: "guest")) }
        return .failure(EndpointError("no password for \(endpoint.user)@\(endpoint.host): set \(environmentVariable) or use --password-file FILE (guest/guest is only for localhost)"))
    }

    /// The HTTP Basic `Authorization` header value.
    var basicAuthorization: String {
        "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }
}
