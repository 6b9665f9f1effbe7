import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// GETs a path of the management API and returns the body, or a one-line reason.
public protocol HTTPFetcher: Sendable {
    func get(_ path: String) throws(ReadError) -> Data
}

/// Foundation's URLSession (FoundationNetworking on Linux, libcurl underneath) for plain HTTP:
/// it comes with the toolchain, so no dependency is added, and one request every few seconds
/// needs nothing faster. HTTPS goes through `TLSFetcher`, which can trust a CA of one's own.
/// Blocking: the caller is a poller thread, never the terminal loop.
public final class URLSessionFetcher: HTTPFetcher {
    let base: String
    let authorization: String
    let session: URLSession

    public init(endpoint: ManagementEndpoint, credentials: Credentials, timeoutSeconds: Double = 4) {
        base = endpoint.baseURL
        authorization = credentials.basicAuthorization
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = timeoutSeconds
        config.timeoutIntervalForResource = timeoutSeconds
        config.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: config, delegate: ChallengeRefuser(), delegateQueue: nil)
    }

    public func get(_ path: String) throws(ReadError) -> Data {
        guard let url = URL(string: base + path) else { throw ReadError(.badResponse, "bad URL \(base)\(path)") }
        var request = URLRequest(url: url)
        request.setValue(authorization, forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            box.set(data, response as? HTTPURLResponse, error)
            done.signal()
        }.resume()
        done.wait()
        let (data, response, error) = box.get()
        if let error { throw ReadError.from(error) }
        guard let response else { throw ReadError(.badResponse, "no HTTP response") }
        try HTTPResponse.check(status: response.statusCode, path: path)
        return data ?? Data()
    }
}

/// The credentials go in our own `Authorization` header; a 401 carries a Basic challenge
/// that URLSession on Linux would otherwise wait on forever, past every timeout. Refusing
/// the challenge hands the 401 back as the answer. On Linux certificate checks are not
/// challenges (libcurl checks against the system's authorities); on macOS they keep the default.
private final class ChallengeRefuser: NSObject, URLSessionTaskDelegate {
    func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        #if canImport(FoundationNetworking)
        completionHandler(.rejectProtectionSpace, nil)
        #else
        if challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust {
            completionHandler(.performDefaultHandling, nil)
        } else {
            completionHandler(.rejectProtectionSpace, nil)
        }
        #endif
    }
}

/// Hands the completion handler's values to the waiting thread.
private final class ResultBox: @unchecked Sendable {
    // Written once by the completion handler before the semaphore is signalled, read after
    // the wait: the semaphore orders the two, so no lock is needed.
    private var value: (Data?, HTTPURLResponse?, (any Error)?) = (nil, nil, nil)
    func set(_ d: Data?, _ r: HTTPURLResponse?, _ e: (any Error)?) { value = (d, r, e) }
    func get() -> (Data?, HTTPURLResponse?, (any Error)?) { value }
}
