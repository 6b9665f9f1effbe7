/// One table of the text report: which section's rows it shows, and which fields as columns
/// in which order (a column appears only when some row has a value for it).
public struct ReportTextTable: Hashable, Sendable {
    public let title: String
    public let section: ReportSchema.Section
    public let columns: [String]
    /// Only rows that have this field (a clustered queue's `replicas_up`, a replicated
    /// topic's `leader_elections`), and only when one does.
    public let onlyWith: String?

    public init(_ title: String, _ section: ReportSchema.Section, _ columns: [String], onlyWith: String? = nil) {
        self.title = title; self.section = section; self.columns = columns; self.onlyWith = onlyWith
    }
}
