/// A terminal or grid size in columns and rows.
public struct GridSize: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The smallest size the console lays out for; below it, it says so instead.
    public static let minimum = GridSize(width: 80, height: 24)

    public func fits(_ other: GridSize) -> Bool { width >= other.width && height >= other.height }

    public var description: String { "\(width)x\(height)" }
}
