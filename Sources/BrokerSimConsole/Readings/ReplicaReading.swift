/// One replicated partition as the console shows it: its leader, its in-sync replicas and
/// what followers have not copied yet.
public struct ReplicaReading: Hashable, Sendable {
    /// `kafka-2`, or nil when the partition has no leader (its loss not noticed yet, or offline).
    public var leader: String?
    public var inSync: Int
    public var replicas: Int
    /// Records on the leader (or held by producers) that consumers cannot read yet.
    public var lag: Int64
    /// Leaderless, its leader's loss not noticed yet: the broker that died (`✖kafka-1`).
    public var deadLeader: String?

    public init(leader: String?, inSync: Int, replicas: Int, lag: Int64) {
        self.leader = leader; self.inSync = inSync; self.replicas = replicas; self.lag = lag
    }
}
