/// Every key binding of the console, in the order the help lists them.
///
/// One table serves the key decoder, the help overlay and the hint line, so
/// the help cannot forget a key. Lookups scan the array: it is short, and the
/// first match wins deterministically.
public struct KeyMap: Sendable {
    public var bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    public static let standard = KeyMap([
        KeyBinding([.char(" ")], .togglePause, "pause / resume", .clock),
        KeyBinding([.char(".")], .step, "step one sample (paused)", .clock),
        KeyBinding([.char("+"), .char("=")], .faster, "faster: up to 10,000x, max", .clock),
        KeyBinding([.char("-"), .char("_")], .slower, "slower: down to 0.1x", .clock),
        KeyBinding([.left, .char("h")], .seekBack, "seek back", .clock),
        KeyBinding([.right, .char("l")], .seekForward, "seek forward", .clock),
        KeyBinding([.home], .restartRun, "restart from 0", .clock),
        KeyBinding([.end], .seekToEnd, "seek to the end", .clock),
        KeyBinding([.up, .char("k")], .selectPrevious, "select previous", .selection),
        KeyBinding([.down, .char("j")], .selectNext, "select next", .selection),
        KeyBinding([.tab], .nextSection, "next panel", .selection),
        KeyBinding([.backTab], .previousSection, "previous panel", .selection),
        KeyBinding([.char("/")], .startFilter, "filter by name", .lists),
        KeyBinding([.char("o")], .cycleOrder, "order: name, depth, lag", .lists),
        KeyBinding([.char("c")], .crashSelected, "crash it", .actions),
        KeyBinding([.char("r")], .restartSelected, "restart it", .actions),
        KeyBinding([.char("s")], .toggleSlowSelected, "slow: then 2, 5, 0=10x", .actions),
        KeyBinding([.char("]")], .moreSelected, "scale up, or rate x2", .actions),
        KeyBinding([.char("[")], .lessSelected, "scale down, or rate /2", .actions),
        KeyBinding([.char("u")], .undoLast, "undo my last action", .actions),
        KeyBinding([.char("U")], .clearActions, "undo all my actions", .actions),
        KeyBinding([.char("1")], .answer(1), "answer a question", .walkthrough, label: "1-9"),
        KeyBinding([.enter, .char("n")], .confirm, "carry on; next chapter", .walkthrough),
        KeyBinding([.char("N")], .toggleNarration, "narration on / off", .walkthrough),
        KeyBinding([.char("w")], .writeScenario, "write NAME-live-N.yaml", .console),
        KeyBinding([.char("i")], .toggleInfo, "about this scenario", .console),
        KeyBinding([.char("?")], .toggleHelp, "this help", .console),
        KeyBinding([.escape], .dismiss, "close help, filter", .console),
        KeyBinding([.char("q"), .control("c")], .quit, "quit", .console),
    ])

    /// The action for `key` while something may hold the console: its binding,
    /// or `.anyKey` for a key with none (a resize or click is never "any key").
    public func actionOrAnyKey(for key: Key) -> ConsoleAction {
        action(for: key) ?? .anyKey
    }

    /// The action bound to `key`, if any. Clicks and resizes are not in the
    /// table: they carry data and always mean the same thing.
    public func action(for key: Key) -> ConsoleAction? {
        switch key {
        case .resize: return .resized
        case .click(let x, let y): return .selectAt(x: x, y: y)
        case .char(let c) where ("0"..."9").contains(c): return .answer(Int(String(c))!)
        default: return bindings.first { $0.keys.contains(key) }?.action
        }
    }

    /// The action for `key` while `/` takes the filter's text: printable characters are
    /// text, Backspace takes one back, Enter keeps the filter, Esc clears it.
    public func typingAction(for key: Key) -> ConsoleAction? {
        switch key {
        case .char(let c): return .type(c)
        case .backspace: return .erase
        case .enter: return .confirm
        case .escape: return .dismiss
        case .resize: return .resized
        case .control("c"): return .quit
        default: return nil
        }
    }

    /// Bindings of one help section, in table order.
    public func bindings(in section: KeyBinding.Section) -> [KeyBinding] { bindings.filter { $0.section == section } }
}
