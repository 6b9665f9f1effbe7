/// A stretch of a partition tape: a share group's in-flight window, from its share-partition
/// start offset to the first offset it never acquired (docs/share-groups.md). A share group has
/// no single position on a partition, so it draws as a band, not a marker.
public struct TapeBand: Hashable, Sendable {
    public var start: Int64
    public var end: Int64
    public var style: Style
    public init(start: Int64, end: Int64, style: Style) { self.start = start; self.end = end; self.style = style }
}
