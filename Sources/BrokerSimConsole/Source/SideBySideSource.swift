/// Several sources on one screen, a pane each, on one clock: a scenario's simulation beside the
/// real broker it is driven against, or two recordings.
///
/// It can do only what all of them can (a simulation beside a live broker cannot seek: the
/// broker cannot), so a key means the same in every pane. Each pane is named by its source's
/// label rather than a variant.
public final class SideBySideSource: ReadingSource {
    public let panes: [(label: String, source: any ReadingSource)]
    /// How many frames each source gave at the last `frames`, to hand each its own back.
    var counts: [Int]

    /// - Precondition: at least one source.
    public init(_ panes: [(label: String, source: any ReadingSource)]) {
        self.panes = panes
        counts = Array(repeating: 1, count: panes.count)
    }

    public var capabilities: SourceCapabilities {
        panes.dropFirst().reduce(panes[0].source.capabilities) { $0.intersection($1.source.capabilities) }
    }

    /// The first pane's own words when it is the one that refuses, else a general one.
    public var refusal: String {
        let all = capabilities
        return panes.first { $0.source.capabilities == all }?.source.refusal
            ?? "Not with these panes side by side: that key is for a simulation alone"
    }

    public func start(_ state: inout ConsoleState, clock: WallClock) {
        for p in panes { p.source.start(&state, clock: clock) }
    }

    public func tick(_ state: inout ConsoleState, clock: WallClock, deadline: Int64) {
        for p in panes { p.source.tick(&state, clock: clock, deadline: deadline) }
    }

    public func frames(_ state: ConsoleState) -> [Frame] {
        var out: [Frame] = []
        for (i, p) in panes.enumerated() {
            var mine = p.source.frames(state)
            counts[i] = mine.count
            for j in mine.indices { mine[j].variant = mine.count == 1 ? p.label : "\(p.label) \(mine[j].variant ?? "")" }
            out += mine
        }
        return out
    }

    public func perform(_ effect: ConsoleEffect, _ state: inout ConsoleState, frames: [Frame], clock: WallClock) {
        var start = 0
        for (i, p) in panes.enumerated() {
            let end = min(frames.count, start + counts[i])
            p.source.perform(effect, &state, frames: Array(frames[start..<end]), clock: clock)
            start = end
        }
    }

    public func settle(_ state: inout ConsoleState, from before: ConsoleState, clock: WallClock) {
        for p in panes { p.source.settle(&state, from: before, clock: clock) }
    }

    /// As often as the busiest pane needs.
    public func idleMillis(_ state: ConsoleState) -> Int? {
        var wait = Int.max
        for p in panes {
            guard let w = p.source.idleMillis(state) else { return nil }
            wait = min(wait, w)
        }
        return wait
    }
}
