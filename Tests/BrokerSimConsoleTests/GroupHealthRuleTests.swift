import BrokerSimSnapshot
import Foundation
import Testing
@testable import BrokerSimConsole

/// A consumer group's badge and catch-up time come from one rule over per-partition readings
/// (unread records, the group's read capacity there, arrivals), whatever the source: here the
/// readings are made by hand, put in a snapshot, and read through the console as a recording's are.
@Suite("Group health: one rule over per-partition readings")
struct GroupHealthRuleTests {
    typealias P = GroupHealthRule.Partition

    /// The `clicks` topic with one group `feed` reading it (poll 500), one read of it, and the
    /// group's line on the screen.
    static func line(_ parts: [P], readers: Int = 2, state: String = "") -> (frame: Frame, line: String) {
        let topic = TopicSnapshot(name: "clicks", partitions: parts.map { _ in PartitionSnapshot(logStart: 0, logEnd: 100_000) })
        let group = GroupSnapshot(name: "feed", topic: "clicks", state: state, members: ["feed-1", "feed-2"],
                                  partitions: parts.enumerated().map { p, r in
                                      GroupPartitionSnapshot(committed: 100_000 - r.unread, member: "feed-\(p % 2 + 1)", unread: r.unread,
                                                             capacity: r.capacity, arrivalRate: r.arrivals)
                                  },
                                  unread: parts.reduce(0) { $0 + $1.unread }, maxPoll: 500, readers: readers)
        var h = SnapshotHistory()
        h.record(Snapshot(source: "recording", readAt: 1_000, topics: [topic], groups: [group]))
        let f = Frame(history: h, status: nil, now: 1_000, replay: true)
        let text = ConsoleView.render(state: ConsoleState(paused: true), frame: f, size: GridSize(width: 120, height: 30),
                                      glyphs: .unicode).grid.text
        // Spaces collapsed: the badge is padded to the widest badge's width.
        let line = text.split(separator: "\n").first { $0.contains(" feed lag ") } ?? ""
        return (f, line.split(separator: " ").joined(separator: " "))
    }

    @Test func onePartitionSlowerThanItsArrivalsIsFallingBehindWhateverSpareTheOthersHave() {
        // Partition 0 reads 9× its arrivals with a backlog; partition 1 reads 90/s of its 100/s.
        let parts = [P(unread: 5_000, capacity: 900, arrivals: 100), P(unread: 10, capacity: 90, arrivals: 100)]
        let rule = GroupHealthRule(reading: true, maxPoll: 500, partitions: parts)
        #expect(rule.status == .fallingBehind)
        #expect(rule.catchUpSeconds == nil)
        let (f, line) = Self.line(parts)
        #expect(f.groups.first?.health == .fallingBehind)
        #expect(line.contains("falling behind") && !line.contains("eta"), "\(line)")
    }

    @Test func twoBackloggedPartitionsCatchUpWhenTheSlowestDoes() {
        // 1,000 unread at +100/s: 10 s; 6,000 unread at 300 − 100 = +200/s: 30 s.
        let parts = [P(unread: 1_000, capacity: 200, arrivals: 100), P(unread: 6_000, capacity: 300, arrivals: 100)]
        let rule = GroupHealthRule(reading: true, maxPoll: 500, partitions: parts)
        #expect(rule.status == .recovering)
        #expect(rule.catchUpSeconds == 30)
        let (f, line) = Self.line(parts)
        #expect(f.groups.first?.catchUpSeconds == 30)
        #expect(line.contains("recovering eta 30s"), "\(line)")
    }

    @Test func aBacklogItsReaderOnlyMatchesIsFallingBehind() {
        // More than a poll unread, read exactly as fast as it arrives: it never shrinks.
        let parts = [P(unread: 501, capacity: 100, arrivals: 100), P(unread: 0, capacity: 400, arrivals: 100)]
        #expect(GroupHealthRule(reading: true, maxPoll: 500, partitions: parts).status == .fallingBehind)
        #expect(Self.line(parts).line.contains("falling behind"))
    }

    @Test func withinOnePollOfTheEndEverywhereIsKeepingUpWithNoTime() {
        let parts = [P(unread: 500, capacity: 100, arrivals: 100), P(unread: 0, capacity: 400, arrivals: 100)]
        let rule = GroupHealthRule(reading: true, maxPoll: 500, partitions: parts)
        #expect(rule.status == .keepingUp && rule.catchUpSeconds == 0)
        let line = Self.line(parts).line
        #expect(line.contains("keeping up") && !line.contains("eta"), "\(line)")
    }

    @Test func aGroupWithNobodyReadingIsDown() {
        let parts = [P(unread: 0, capacity: 0, arrivals: 0)]
        #expect(GroupHealthRule(reading: false, maxPoll: 500, partitions: parts).status == .down)
        #expect(Self.line(parts, readers: 0).line.contains(" down"))
        // A state the rule does not judge is shown as the source reports it.
        #expect(Self.line(parts, state: "rebalancing").line.contains("rebalancing"))
    }

    /// A recording written before groups carried readings still opens: its groups show the
    /// state the source wrote, with no catch-up time.
    @Test func aRecordingWithoutReadingsShowsTheStateItWrote() throws {
        let line = #"{"connections":[],"consumers":[],"groups":[{"members":["feed-1"],"name":"feed","partitions":"#
            + #"[{"committed":10,"member":"feed-1"}],"state":"recovering","topic":"clicks","unread":9000}],"nodes":[],"queues":[],"#
            + #""readAt":5000,"source":"simulation","topics":[{"appended":9010,"name":"clicks","partitions":[{"logEnd":9010,"logStart":0}]}]}"#
        let s = try JSONDecoder().decode(Snapshot.self, from: Data(line.utf8))
        #expect(s.groups[0].healthRule == nil && s.groups[0].partitions[0].capacity == nil)
        var h = SnapshotHistory()
        h.record(s)
        let g = try #require(Frame(history: h, status: nil, now: 5_000, replay: true).groups.first)
        #expect(g.health == .recovering && g.catchUpSeconds == nil && g.lag == 9_000 && g.unread == 9_000)
    }
}
