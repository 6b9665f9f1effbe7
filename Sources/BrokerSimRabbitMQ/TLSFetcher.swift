import COpenSSL
import Foundation

/// The management API over HTTPS through OpenSSL, one connection per GET: the server's
/// certificate is checked against `caFile` (PEM; for a broker whose certificate comes from a
/// CA of one's own) or else OpenSSL's default store (the system's authorities, or
/// `SSL_CERT_FILE` / `SSL_CERT_DIR`), and the URL's host name or address must be the
/// certificate's. There is no way to skip either check. URLSession on Linux checks against the
/// system's store only, with no way to add a CA, hence this path for HTTPS.
public final class TLSFetcher: HTTPFetcher {
    let host: String
    let port: Int
    let caFile: String?
    let authorization: String
    let timeoutMillis: Int32

    public init(endpoint: ManagementEndpoint, credentials: Credentials, caFile: String?, timeoutSeconds: Double = 4) {
        host = endpoint.host
        port = endpoint.port
        self.caFile = caFile
        authorization = credentials.basicAuthorization
        timeoutMillis = Int32(timeoutSeconds * 1000)
    }

    public func get(_ path: String) throws(ReadError) -> Data {
        let authority = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        // HTTP/1.0 and a close after the answer: the body ends where the connection does.
        let request = "GET \(path) HTTP/1.0\r\nHost: \(authority)\r\nAuthorization: \(authorization)\r\n"
            + "Accept: application/json\r\nConnection: close\r\n\r\n"
        var out: UnsafeMutablePointer<UInt8>?
        var count = 0
        var err = [CChar](repeating: 0, count: 512)
        let kind = bs_tls_request(host, Int32(port), caFile, request, timeoutMillis, &out, &count, &err, err.count)
        guard kind == 0, let out else {
            let reason = String(decoding: err.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw ReadError(.unreachable, reason)
        }
        defer { free(out) }
        return try HTTPResponse.body(Data(bytes: out, count: count), path: path)
    }
}

/// The fetcher for an endpoint: OpenSSL for HTTPS (with `caFile` when given), URLSession for HTTP.
public func managementFetcher(endpoint: ManagementEndpoint, credentials: Credentials, caFile: String?) -> any HTTPFetcher {
    endpoint.https ? TLSFetcher(endpoint: endpoint, credentials: credentials, caFile: caFile)
        : URLSessionFetcher(endpoint: endpoint, credentials: credentials)
}
