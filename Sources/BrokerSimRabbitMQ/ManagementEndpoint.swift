/// Where the management API is and who to log in as, from `rabbitmq://[USER@]HOST[:PORT][/VHOST]`.
///
/// `rabbitmq://` is plain HTTP on port 15672, `rabbitmqs://` HTTPS on 15671 (the
/// certificate is checked against the system's trusted authorities or a CA file, see
/// `TLSFetcher`; there is no switch to turn that off). `http://` and `https://` URLs of the
/// API's root are taken as they are.
public struct ManagementEndpoint: Hashable, Sendable {
    public var https: Bool
    public var host: String
    public var port: Int
    public var user: String
    /// nil: every vhost.
    public var vhost: String?

    /// The base address without credentials, e.g. `http://127.0.0.1:15672`.
    public var baseURL: String {
        let h = host.contains(":") ? "[\(host)]" : host
        return "\(https ? "https" : "http")://\(h):\(port)"
    }

    /// `rabbitmq://127.0.0.1:15672/`: what the header and the report say.
    public var display: String {
        let h = host.contains(":") ? "[\(host)]" : host
        return "\(https ? "rabbitmqs" : "rabbitmq")://\(user)@\(h):\(port)/\(vhost ?? "")"
    }

    public var isLocal: Bool { ["localhost", "127.0.0.1", "::1"].contains(host.lowercased()) }

    public init(https: Bool, host: String, port: Int, user: String, vhost: String?) {
        self.https = https; self.host = host; self.port = port; self.user = user; self.vhost = vhost
    }

    /// Parses the URL; the error is a one-line reason for the user.
    public static func parse(_ text: String) -> Result<ManagementEndpoint, EndpointError> {
        let schemes: [(String, Bool, Int)] = [("rabbitmq://", false, 15672), ("rabbitmqs://", true, 15671),
                                              ("http://", false, 15672), ("https://", true, 15671)]
        guard let (scheme, https, defaultPort) = schemes.first(where: { text.lowercased().hasPrefix($0.0) }) else {
            return .failure(EndpointError("'\(text)' is not a RabbitMQ URL: expected rabbitmq://[USER@]HOST[:PORT][/VHOST] (or rabbitmqs:// for HTTPS)"))
        }
        var rest = Substring(text.dropFirst(scheme.count))
        var vhost: String?
        if let slash = rest.firstIndex(of: "/") {
            let path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
            if !path.isEmpty {
                guard let decoded = percentDecoded(String(path)) else {
                    return .failure(EndpointError("bad vhost '\(path)' in '\(text)'"))
                }
                vhost = decoded
            }
        }
        var user = "guest"
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if credentials.contains(":") {
                return .failure(EndpointError("a password is never given in the URL (it would show in the process list): set BROKERSIM_RABBITMQ_PASSWORD or use --password-file"))
            }
            guard !credentials.isEmpty, let u = percentDecoded(String(credentials)) else {
                return .failure(EndpointError("empty user name in '\(text)'"))
            }
            user = u
        }
        var host = String(rest), port = defaultPort
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return .failure(EndpointError("bad IPv6 address in '\(text)'")) }
            let after = host[host.index(after: close)...]
            let inside = String(host[host.index(after: host.startIndex)..<close])
            if after.hasPrefix(":") {
                guard let p = Int(after.dropFirst()), (1...65535).contains(p) else { return .failure(EndpointError("bad port in '\(text)'")) }
                port = p
            } else if !after.isEmpty {
                return .failure(EndpointError("bad address in '\(text)'"))
            }
            host = inside
        } else if let colon = host.firstIndex(of: ":") {
            guard let p = Int(host[host.index(after: colon)...]), (1...65535).contains(p) else {
                return .failure(EndpointError("bad port in '\(text)': expected a number from 1 to 65535"))
            }
            port = p
            host = String(host[..<colon])
        }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || "-._:".contains($0) }) else {
            return .failure(EndpointError("no host in '\(text)'"))
        }
        return .success(ManagementEndpoint(https: https, host: host, port: port, user: user, vhost: vhost))
    }

    static func percentDecoded(_ s: String) -> String? {
        var bytes: [UInt8] = []
        var it = Array(s.utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%") {
                guard it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                bytes.append(v); it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// `/` → `%2F`: a path segment as the API expects it.
    static func percentEncoded(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            let c = Character(Unicode.Scalar(b))
            if (c.isASCII && (c.isLetter || c.isNumber)) || "-._~".contains(c) { out.append(c) } else {
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}

/// A URL or credential problem, said in one line.
public struct EndpointError: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
