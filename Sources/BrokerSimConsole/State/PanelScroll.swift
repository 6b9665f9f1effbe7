/// Where each panel's list starts (the first entry shown), per pane and panel.
///
/// The view reads it and gives back the offsets it used (moved only as far as
/// needed to keep the selection in view), and the run loop keeps those for the
/// next frame, so a list scrolls a row at a time rather than jumping.
public struct PanelScroll: Hashable, Sendable {
    public enum Panel: UInt8, Hashable, Sendable { case services, callers, queues, topics, queueProducers, streamProducers }
    struct Key: Hashable, Sendable {
        var pane: Int
        var panel: Panel
    }
    /// Looked up by key only, never iterated: nothing drawn depends on its order.
    var offsets: [Key: Int] = [:]

    public init() {}

    public func offset(pane: Int, _ panel: Panel) -> Int { offsets[Key(pane: pane, panel: panel)] ?? 0 }

    public mutating func set(pane: Int, _ panel: Panel, _ first: Int) {
        offsets[Key(pane: pane, panel: panel)] = first == 0 ? nil : first
    }
}
