#ifndef BS_COPENSSL_SHIM_H
#define BS_COPENSSL_SHIM_H

// OpenSSL 3 (Debian's libssl-dev, which librabbitmq-dev already needs): one HTTPS request
// with the server's certificate checked against a CA file, or against OpenSSL's default
// trust store (the system's, or SSL_CERT_FILE / SSL_CERT_DIR). URLSession on Linux offers no
// way to trust a CA of one's own, which is why the management API's HTTPS goes through here.
// Everything a request needs lives on its stack: no global state, safe from any thread.

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

enum { BS_TLS_OK = 0, BS_TLS_CONNECT = 1, BS_TLS_CERTIFICATE = 2, BS_TLS_HANDSHAKE = 3, BS_TLS_IO = 4, BS_TLS_CA_FILE = 5 };

/// A TCP connection within timeout_ms, or -1 with the reason in err.
static inline int bs_tls_connect_tcp(const char *host, int port, int timeout_ms, int *kind, char *err, size_t n) {
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    char service[16];
    snprintf(service, sizeof service, "%d", port);
    if (getaddrinfo(host, service, &hints, &res) != 0 || res == NULL) {
        *kind = BS_TLS_CONNECT;
        snprintf(err, n, "unknown host");
        return -1;
    }
    int fd = -1, last = ECONNREFUSED;
    for (struct addrinfo *a = res; a != NULL && fd < 0; a = a->ai_next) {
        int s = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (s < 0) { last = errno; continue; }
        int flags = fcntl(s, F_GETFL, 0);
        fcntl(s, F_SETFL, flags | O_NONBLOCK);
        int r = connect(s, a->ai_addr, a->ai_addrlen);
        if (r != 0 && errno == EINPROGRESS) {
            struct pollfd p = { s, POLLOUT, 0 };
            r = poll(&p, 1, timeout_ms);
            if (r == 0) { last = ETIMEDOUT; close(s); continue; }
            int so = 0;
            socklen_t len = sizeof so;
            getsockopt(s, SOL_SOCKET, SO_ERROR, &so, &len);
            r = so == 0 ? 0 : -1;
            if (so != 0) errno = so;
        }
        if (r != 0) { last = errno; close(s); continue; }
        fcntl(s, F_SETFL, flags);
        struct timeval tv = { timeout_ms / 1000, (timeout_ms % 1000) * 1000 };
        setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        fd = s;
    }
    freeaddrinfo(res);
    if (fd < 0) {
        *kind = BS_TLS_CONNECT;
        if (last == ECONNREFUSED) snprintf(err, n, "connection refused");
        else if (last == ETIMEDOUT) snprintf(err, n, "timed out");
        else snprintf(err, n, "%s", strerror(last));
    }
    return fd;
}

/// Sends `request` over TLS to host:port and reads the answer until the server closes.
/// On success returns 0 and *out (free() it) holds the raw HTTP response. Otherwise returns
/// one of the BS_TLS_* kinds with a one-line reason in err. ca_file NULL: the default store.
static inline int bs_tls_request(const char *host, int port, const char *ca_file, const char *request,
                                 int timeout_ms, unsigned char **out, size_t *out_len, char *err, size_t n) {
    *out = NULL;
    *out_len = 0;
    int kind = BS_TLS_OK;
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == NULL) { snprintf(err, n, "cannot set up TLS"); return BS_TLS_HANDSHAKE; }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    if (ca_file != NULL) {
        if (SSL_CTX_load_verify_locations(ctx, ca_file, NULL) != 1) {
            snprintf(err, n, "cannot read CA certificates from '%s'", ca_file);
            SSL_CTX_free(ctx);
            return BS_TLS_CA_FILE;
        }
    } else {
        SSL_CTX_set_default_verify_paths(ctx);
    }
    int fd = bs_tls_connect_tcp(host, port, timeout_ms, &kind, err, n);
    if (fd < 0) { SSL_CTX_free(ctx); return kind; }
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    // The name (or address) in the URL must be the certificate's.
    unsigned char ip[16];
    int isIP = inet_pton(AF_INET, host, ip) == 1 || inet_pton(AF_INET6, host, ip) == 1;
    X509_VERIFY_PARAM *param = SSL_get0_param(ssl);
    if (isIP) {
        X509_VERIFY_PARAM_set1_ip_asc(param, host);
    } else {
        SSL_set_tlsext_host_name(ssl, host);
        X509_VERIFY_PARAM_set1_host(param, host, 0);
    }
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0;
    if (SSL_connect(ssl) != 1) {
        long v = SSL_get_verify_result(ssl);
        if (v != X509_V_OK) {
            kind = BS_TLS_CERTIFICATE;
            snprintf(err, n, "certificate not trusted: %s", X509_verify_cert_error_string(v));
        } else {
            kind = BS_TLS_HANDSHAKE;
            unsigned long e = ERR_peek_last_error();
            char why[200] = "the server closed the connection";
            if (e != 0) ERR_error_string_n(e, why, sizeof why);
            snprintf(err, n, "TLS handshake failed: %s", why);
        }
        goto done;
    }
    size_t req_len = strlen(request);
    if (SSL_write(ssl, request, (int)req_len) != (int)req_len) {
        kind = BS_TLS_IO;
        snprintf(err, n, "connection lost while sending the request");
        goto done;
    }
    for (;;) {
        if (cap - len < 16384) {
            size_t ncap = cap == 0 ? 65536 : cap * 2;
            if (ncap > ((size_t)256 << 20)) { kind = BS_TLS_IO; snprintf(err, n, "answer larger than 256 MB"); goto done; }
            unsigned char *nb = realloc(buf, ncap);
            if (nb == NULL) { kind = BS_TLS_IO; snprintf(err, n, "out of memory"); goto done; }
            buf = nb;
            cap = ncap;
        }
        int r = SSL_read(ssl, buf + len, (int)(cap - len));
        if (r > 0) { len += (size_t)r; continue; }
        int e = SSL_get_error(ssl, r);
        if (e == SSL_ERROR_ZERO_RETURN) break;
        // A server that closes the socket without close_notify ends the answer too.
        if (e == SSL_ERROR_SYSCALL && errno == 0 && len > 0) break;
        if (e == SSL_ERROR_SYSCALL && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            kind = BS_TLS_IO;
            snprintf(err, n, "timed out");
            goto done;
        }
        if (len > 0) break;
        kind = BS_TLS_IO;
        snprintf(err, n, "connection lost");
        goto done;
    }
    *out = buf;
    *out_len = len;
    buf = NULL;
done:
    free(buf);
    SSL_shutdown(ssl);
    SSL_free(ssl);
    close(fd);
    SSL_CTX_free(ctx);
    return kind;
}

#endif
