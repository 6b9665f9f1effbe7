extension ConsoleState {
    /// The run reached prompts (a halt): they hold the console, first one first.
    public mutating func reached(_ new: [Prompt]) {
        if prompts.isEmpty { pick = nil; revealed = false }
        prompts += new
    }

    /// A key while a prompt holds the console. A held caption goes on any key;
    /// a question takes a digit (or Space / Enter to reveal without a pick);
    /// a revealed answer goes on Space or Enter. `q` quits, `?` and `i` open
    /// their overlays, a resize only redraws.
    mutating func reducePrompt(_ action: ConsoleAction) -> [ConsoleEffect] {
        switch action {
        case .quit: return [.quit]
        case .resized: return []
        case .toggleHelp: showHelp = true; return []
        case .toggleInfo: showInfo = true; return []
        default: break
        }
        guard let prompt = prompts.first else { return [] }
        switch prompt {
        case .caption:
            next()
        case .question(let q) where !revealed:
            switch action {
            case .answer(let n) where (1...q.choices.count).contains(n):
                pick = n - 1
                revealed = true
                score.record(q, pick: pick)
            case .answer:
                message = "Answer with a digit from 1 to \(q.choices.count)"
            case .togglePause, .confirm:
                revealed = true
                score.record(q, pick: nil)
            default:
                message = "Answer with 1-\(q.choices.count), or Space to see the answer"
            }
        case .question:
            switch action {
            case .togglePause, .confirm: next()
            default: message = "Space or Enter: carry on and watch"
            }
        }
        return []
    }

    /// The shown prompt is done: the next one, or back to the run.
    mutating func next() {
        prompts.removeFirst()
        pick = nil
        revealed = false
    }
}
