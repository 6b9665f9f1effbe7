import BrokerSimUnits

/// Everything the screen shows about the run at one instant, as plain values.
///
/// The view draws a `Frame` and never touches the `World`, so whole screens are
/// tested from frames built in code, and the adapter from `World` is tested
/// apart. Arrays are in scenario declaration order: nothing drawn depends on a
/// dictionary's order.
public struct Frame: Hashable, Sendable {
    public var title: String
    /// The scenario's `about:` text, shown by `i`.
    public var about: String
    public var seed: UInt64
    public var variant: String?
    public var now: SimTime
    public var queues: [QueueReading]
    public var workers: [WorkerReading]
    /// Worker pool names, by pool index.
    public var pools: [String]
    public var broker: BrokerReading?
    public var producers: [ProducerReading]
    public var topics: [TopicReading]
    public var groups: [GroupReading]
    /// Synchronous services and the producers that call them.
    public var services: [ServiceReading] = []
    public var callers: [CallerReading] = []
    /// The newest events, oldest first.
    public var feed: [FeedLine]
    /// The newest `say:` narration, shown as a caption (and left out of `feed`).
    public var caption: Caption?
    /// Filled when the run is finished.
    public var expectations: [ExpectationLine]
    public var finished: Bool
    /// How many variants share the clock (the header says so instead of naming one).
    public var variants = 1
    /// Set on a header frame when one of the panes is a real broker measured beside a
    /// simulation (`drive`): they are not variants of one scenario.
    public var measuredBeside = false
    /// Set when the frame shows a real broker (or a recording of one) rather than a run.
    public var live: LiveHeader?

    public init(title: String, about: String = "", seed: UInt64 = 1, variant: String? = nil, now: SimTime = .zero,
                queues: [QueueReading] = [], workers: [WorkerReading] = [], pools: [String] = [], broker: BrokerReading? = nil,
                producers: [ProducerReading] = [], topics: [TopicReading] = [], groups: [GroupReading] = [],
                feed: [FeedLine] = [], caption: Caption? = nil, expectations: [ExpectationLine] = [], finished: Bool = false) {
        self.title = title; self.about = about; self.seed = seed; self.variant = variant; self.now = now
        self.queues = queues; self.workers = workers; self.pools = pools; self.broker = broker; self.producers = producers
        self.topics = topics; self.groups = groups; self.feed = feed; self.caption = caption; self.expectations = expectations
        self.finished = finished
    }

    /// Lines of feed a frame carries, whatever its source: more than any screen shows.
    public static let feedLines = 60

    /// True when the scenario has a task-queue side to draw.
    public var hasTaskQueue: Bool { !queues.isEmpty }
    /// True when the scenario has an event-stream side to draw.
    public var hasStream: Bool { !topics.isEmpty }
    /// True when the scenario has synchronous services to draw.
    public var hasServices: Bool { !services.isEmpty }
}
