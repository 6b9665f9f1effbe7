/// A synchronous service: its instances and the outcomes its callers saw.
public struct ServiceReading: Hashable, Sendable {
    public struct Instance: Hashable, Sendable {
        public var name: String
        /// 0-based instance number (`email-api-2` is 1): what a selection names.
        public var index: Int
        public var status: WorkerReading.Status
        /// Calls being served now, against the service's `concurrency`.
        public var inService: Int
        /// Calls waiting in its line.
        public var queued: Int
        public var answered: Int64
        public init(name: String, index: Int = 0, status: WorkerReading.Status, inService: Int = 0, queued: Int = 0,
                    answered: Int64 = 0) {
            self.name = name; self.index = index; self.status = status; self.inService = inService; self.queued = queued; self.answered = answered
        }
    }

    public var name: String
    public var concurrency: Int
    public var instances: [Instance]
    public var ok: Int64
    public var failed: Int64
    public var timedOut: Int64
    /// Per second over the last sample interval.
    public var okRate: Double
    public var failedRate: Double
    public var timedOutRate: Double
    /// Answered after the caller had given up: work done for nobody.
    public var late: Int64

    public init(name: String, concurrency: Int = 1, instances: [Instance] = [], ok: Int64 = 0, failed: Int64 = 0,
                timedOut: Int64 = 0, okRate: Double = 0, failedRate: Double = 0, timedOutRate: Double = 0, late: Int64 = 0) {
        self.name = name; self.concurrency = concurrency; self.instances = instances
        self.ok = ok; self.failed = failed; self.timedOut = timedOut
        self.okRate = okRate; self.failedRate = failedRate; self.timedOutRate = timedOutRate; self.late = late
    }
}
