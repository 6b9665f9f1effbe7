import BrokerSimConsole
import BrokerSimCore
import Testing

/// The built-in compacted-profiles on screen: the compaction row under the tapes says what the
/// cleaner removed, how dirty the log is against its threshold, and what a reader from the start reads.
@Suite("Whole screens: log compaction")
struct CompactionScreenTests {
    static let small = GridSize(width: 80, height: 24)
    static let large = GridSize(width: 120, height: 40)

    @Test func rebuildReadsTheCompactedLog() throws {
        for size in [Self.small, Self.large] {
            // 5 h 30 s: rebuild started from the log start 30 s ago and reads through the gaps.
            let text = try screen("compacted-profiles", at: 5 * 3_600 + 30, size: size)
            #expect(text.contains("compacted 1.4M"))
            #expect(text.contains("dirty "))
            #expect(text.contains("b rebuild"))
            // The cleaned part of each tape is dotted: one record per key, gaps between.
            #expect(text.contains("p0 0 ├·····"))
            Golden.check(text, named: "compacted-profiles-5h30s-\(size)")
        }
    }

    @Test func theRowSaysTheThresholdAndTheTombstonesWhenThereIsRoom() throws {
        let text = try screen("compacted-profiles", at: 3_600, size: Self.large)
        let row = text.split(separator: "\n").first { $0.hasPrefix("│compacted ") }.map(String.init) ?? ""
        #expect(row.contains("(cleans at 50%)"))
        #expect(row.contains("on log"))
        #expect(row.contains("tombstones"))
    }

    /// Before the first roll nothing is closed: nothing to clean, a dirty ratio of 0.
    @Test func nothingIsCleanedInTheActiveSegment() throws {
        let text = try screen("compacted-profiles", at: 200, size: Self.large)
        #expect(text.contains("compacted 0  dirty 0%"))
    }
}
