import Foundation

/// One test at a time on the shared RabbitMQ: the console test stops and starts it, which
/// would fail any other test reading it meanwhile. A lock file (flock: also between the test
/// targets, which run in one process, as each takes its own descriptor).
public enum RabbitMQLock {
    public static func with<T>(_ body: () throws -> T) rethrows -> T {
        let fd = open("/tmp/brokersim-tests-rabbitmq.lock", O_CREAT | O_RDWR, 0o666)
        if fd >= 0 { flock(fd, LOCK_EX) }
        defer { if fd >= 0 { flock(fd, LOCK_UN); close(fd) } }
        return try body()
    }
}
