/// Where a selectable thing was drawn, so a click can select it.
public struct HitArea: Hashable, Sendable {
    public var rect: Rect
    public var target: Selectable

    public init(rect: Rect, target: Selectable) {
        self.rect = rect
        self.target = target
    }
}
