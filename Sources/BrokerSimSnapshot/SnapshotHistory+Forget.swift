extension SnapshotHistory {
    /// Drops the reads kept for rates and estimates whose instant `drop` says: a source that reads
    /// on a fine grid keeps only the reads its rates and estimates still measure from (a
    /// simulation's last second on its fine grid, and a read a second back to the drain window),
    /// so that the reads left are the same however it got to an instant.
    public mutating func forgetReads(where drop: (Int64) -> Bool) {
        reads.removeAll { drop($0.at) }
    }
}
