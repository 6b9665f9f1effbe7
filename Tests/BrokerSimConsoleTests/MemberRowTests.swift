import Testing
@testable import BrokerSimConsole

/// A group's member row never cuts a member in half: what does not fit is counted (`+2 more`),
/// and the selected member is always among those shown.
@Suite("Stream panel: the member row")
struct MemberRowTests {
    @Test func allShownWhenTheyFit() {
        #expect(StreamPanel.shownMembers([10, 10, 10], width: 28, selected: nil) == [true, true, true])
    }

    @Test func theRestIsCountedNotCut() {
        // 4 members of 12 columns in 40: two fit beside "+2 more" (7 columns).
        #expect(StreamPanel.shownMembers([12, 12, 12, 12], width: 40, selected: nil) == [true, true, false, false])
    }

    @Test func theSelectedMemberIsAlwaysShown() {
        #expect(StreamPanel.shownMembers([12, 12, 12, 12], width: 40, selected: 3) == [true, false, false, true])
    }
}
