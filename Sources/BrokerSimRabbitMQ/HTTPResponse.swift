import Foundation

/// A raw HTTP/1.x answer (what `TLSFetcher` reads off the socket) taken apart, and the status
/// codes of the management API in words, shared by both fetchers.
enum HTTPResponse {
    /// The body of a 200 answer; any other status, or bytes that are not HTTP, is a ReadError.
    static func body(_ raw: Data, path: String) throws(ReadError) -> Data {
        let bytes = [UInt8](raw)
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else {
            throw ReadError(.badResponse, "unexpected answer on \(path): not HTTP")
        }
        let head = String(decoding: bytes[..<end], as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusLine = head.first.map(String.init) ?? ""
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else {
            throw ReadError(.badResponse, "unexpected answer on \(path): not HTTP")
        }
        try check(status: status, path: path)
        var body = Array(bytes[(end + 4)...])
        let chunked = head.dropFirst().contains { line in
            let l = line.lowercased()
            return l.hasPrefix("transfer-encoding:") && l.contains("chunked")
        }
        if chunked { body = try dechunked(body, path: path) }
        return Data(body)
    }

    /// 200 passes; the rest say what went wrong in the words of the watch.
    static func check(status: Int, path: String) throws(ReadError) {
        switch status {
        case 200: return
        case 401: throw ReadError(.unauthorized, "401 unauthorized: wrong user or password")
        case 403: throw ReadError(.unauthorized, "403 forbidden: the user lacks the monitoring tag")
        case 404: throw ReadError(.badResponse, "404 on \(path): not a RabbitMQ management API (is the rabbitmq_management plugin on?)")
        default: throw ReadError(.badResponse, "HTTP \(status) on \(path)")
        }
    }

    /// `Transfer-Encoding: chunked`: hex size, CRLF, data, CRLF, … until a size of 0.
    static func dechunked(_ b: [UInt8], path: String) throws(ReadError) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            guard let lineEnd = b[i...].firstIndex(of: 13), lineEnd + 1 < b.count,
                  let size = Int(String(decoding: b[i..<lineEnd], as: UTF8.self).split(separator: ";").first ?? "", radix: 16) else {
                throw ReadError(.badResponse, "unexpected answer on \(path): a broken chunked body")
            }
            if size == 0 { return out }
            let start = lineEnd + 2
            guard start + size <= b.count else { throw ReadError(.badResponse, "unexpected answer on \(path): a cut-off body") }
            out += b[start..<(start + size)]
            i = start + size + 2
        }
        throw ReadError(.badResponse, "unexpected answer on \(path): a cut-off body")
    }
}
