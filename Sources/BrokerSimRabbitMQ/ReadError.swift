import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a read of the management API failed, in words for the screen (`connection refused`).
public struct ReadError: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// 401/403: retrying will not help.
        case unauthorized
        /// Refused, unreachable, timed out, TLS: the broker may come back.
        case unreachable
        /// An answer that is not the API's.
        case badResponse
    }
    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) { self.kind = kind; self.message = message }

    static func from(_ error: any Error) -> ReadError {
        guard let e = error as? URLError else { return ReadError(.unreachable, "\(error)") }
        switch e.code {
        // Only a refused authentication challenge cancels a request (HTTPFetcher): a 401.
        case .cancelled, .userAuthenticationRequired, .userCancelledAuthentication:
            return ReadError(.unauthorized, "401 unauthorized: wrong user or password")
        case .cannotConnectToHost: return ReadError(.unreachable, "connection refused")
        case .timedOut: return ReadError(.unreachable, "timed out")
        case .cannotFindHost, .dnsLookupFailed: return ReadError(.unreachable, "unknown host")
        case .networkConnectionLost: return ReadError(.unreachable, "connection lost")
        case .notConnectedToInternet: return ReadError(.unreachable, "network unreachable")
        case .secureConnectionFailed: return ReadError(.unreachable, "TLS handshake failed")
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
             .serverCertificateNotYetValid:
            return ReadError(.unreachable, "certificate not trusted")
        default: return ReadError(.unreachable, e.localizedDescription)
        }
    }
}
