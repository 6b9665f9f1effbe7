/// Which chapter of `brokersim learn` a run is: shown as "chapter N of M".
public struct CourseMark: Hashable, Sendable {
    /// 1-based.
    public var chapter: Int
    public var of: Int

    public init(chapter: Int, of: Int) {
        self.chapter = chapter
        self.of = of
    }

    public var isLast: Bool { chapter >= of }
    public var label: String { "chapter \(chapter) of \(of)" }
}
