/// What a piece of text means, not which colour it is.
///
/// The terminal resolves a role to a colour per colour tier (256, 8/16, none),
/// so the view never decides colours and reads the same on every terminal.
public enum Role: UInt8, Hashable, Sendable, CaseIterable {
    /// The terminal's own foreground (or background).
    case plain
    /// Names, headings, the selected thing's frame.
    case accent
    /// Healthy: idle workers, groups keeping up, passed expectations.
    case ok
    /// Worth a look: slow workers, groups falling behind, paging.
    case warn
    /// Something broke: crashes, lost data, the memory alarm.
    case alarm
    /// Secondary text: units, borders, empty bar cells.
    case dim
    /// A second data series beside `accent` (unacked next to ready).
    case info
    /// The header bar's background.
    case header
}
