/// A rectangle of cells: origin at the top-left, width and height never negative.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(_ size: GridSize) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

    /// The overlap of two rectangles (empty, placed at `self`'s origin, when none).
    public func intersection(_ o: Rect) -> Rect {
        let nx = max(x, o.x), ny = max(y, o.y)
        let w = min(maxX, o.maxX) - nx, h = min(maxY, o.maxY) - ny
        if w <= 0 || h <= 0 { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: nx, y: ny, width: w, height: h)
    }

    /// Shrinks each side by `n` cells (a box's inside).
    public func inset(_ n: Int) -> Rect { inset(dx: n, dy: n) }
    public func inset(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// The `i`-th row as a one-row rectangle (empty when outside).
    public func row(_ i: Int) -> Rect {
        i >= 0 && i < height ? Rect(x: x, y: y + i, width: width, height: 1) : Rect(x: x, y: y, width: 0, height: 0)
    }

    /// A rectangle of `size` centred inside this one (clipped to it).
    public func centered(_ size: GridSize) -> Rect {
        let w = min(size.width, width), h = min(size.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    public var description: String { "(\(x),\(y) \(width)x\(height))" }
}
