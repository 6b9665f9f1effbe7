/// One table of the watch report's text: which section's rows it shows, and which fields as
/// columns, with the heading each column has on screen.
public struct WatchTextTable: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        public let field: String
        public let heading: String
        /// Text is left-aligned; numbers are right-aligned.
        public let left: Bool
        /// How a true flag is written (`ALARM` in the nodes table); false is always `no`.
        public let yes: String

        public init(_ field: String, _ heading: String? = nil, left: Bool = false, yes: String = "yes") {
            self.field = field; self.heading = heading ?? String(field.map { $0 == "_" ? " " : $0 })
            self.left = left; self.yes = yes
        }
    }

    public let section: WatchReportSchema.Section
    public let columns: [Column]

    public init(_ section: WatchReportSchema.Section, _ columns: [Column]) {
        self.section = section; self.columns = columns
    }
}
