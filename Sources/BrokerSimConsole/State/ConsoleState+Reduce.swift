extension ConsoleState {
    /// Applies one action. Changes to the console itself happen here; what must
    /// happen to the simulation comes back as effects for the run loop.
    ///
    /// `frame` is what the user saw when acting: it names the selection and
    /// tells whether a worker is slow or how big a pool is.
    public mutating func reduce(_ action: ConsoleAction, frame: Frame) -> [ConsoleEffect] {
        if action == .anyKey && !holding { return [] }
        if action != .resized { message = nil }
        if holding && !showHelp && !showInfo { return reducePrompt(action) }
        if showHelp || showInfo {
            // Overlays are modal: closing one (and quitting) is all that happens,
            // except that another key closes it and then acts.
            switch action {
            case .toggleHelp where showHelp, .toggleInfo where showInfo, .dismiss:
                showHelp = false; showInfo = false; return []
            case .quit: return [.quit]
            case .resized: return []
            default: showHelp = false; showInfo = false
            }
        }
        if choosingSlow { return chooseSlow(action, frame: frame) }
        if filtering {
            if action == .quit { return [.quit] }
            typeFilter(action)
            return []
        }
        switch action {
        case .togglePause:
            // A finished run has nothing to pause: Space plays it again from 0.
            if frame.finished {
                paused = false
                return [.restartRun]
            }
            paused.toggle()
        case .step:
            paused = true
            return [.step]
        case .faster: speed = speed.faster
        case .slower: speed = speed.slower
        // From FINISHED a seek lands paused: running on, the run would replay straight
        // back to its end and the seek would seem to do nothing.
        case .seekBack:
            if frame.finished { paused = true }
            return [.seek(samples: -Self.seekSamples)]
        case .seekForward:
            if frame.finished { paused = true }
            return [.seek(samples: Self.seekSamples)]
        case .restartRun: return [.restartRun]
        case .seekToEnd: return frame.finished ? [] : [.seekToEnd]
        case .selectNext: moveSelection(by: 1, in: frame)
        case .selectPrevious: moveSelection(by: -1, in: frame)
        case .nextSection: jumpSection(forward: true, in: frame)
        case .previousSection: jumpSection(forward: false, in: frame)
        case .selectAt(let x, let y):
            if let hit = hitAreas.first(where: { $0.rect.contains(x: x, y: y) }) { selection = hit.target }
        case .crashSelected, .restartSelected, .toggleSlowSelected, .moreSelected, .lessSelected:
            return act(action, frame: frame)
        case .undoLast: return [.undoLast]
        case .clearActions: return [.clearActions]
        case .writeScenario: return [.writeScenario]
        case .toggleHelp: showHelp = true
        case .toggleInfo: showInfo = true
        case .dismiss:
            if !view.filter.isEmpty { view.filter = ""; message = "Filter cleared" }
        case .startFilter:
            filtering = true
        case .cycleOrder:
            view.order = view.order.next
            message = "Queues and topics listed \(view.order.label)"
        case .type, .erase: break
        case .confirm:
            if frame.finished && course != nil { return [.nextChapter] }
        case .toggleNarration:
            narration.toggle()
            message = narration ? "Narration on" : "Narration off (N turns it back on)"
        case .answer: message = "No question is open"
        case .anyKey: break
        case .resized: break
        case .quit: return [.quit]
        }
        return []
    }

    mutating func moveSelection(by step: Int, in frame: Frame) {
        let all = frame.selectables(view)
        guard !all.isEmpty else { selection = nil; return }
        guard let current = selection, let i = all.firstIndex(of: current) else {
            selection = step > 0 ? all.first : all.last
            return
        }
        selection = all[(i + step + all.count) % all.count]
    }

    /// Tab: the first thing of the next panel to the right (wrapping), as drawn.
    mutating func jumpSection(forward: Bool, in frame: Frame) {
        let all = frame.selectablesByPanel(view)
        guard !all.isEmpty else { selection = nil; return }
        var panels: [Int] = []
        for (_, p) in all where !panels.contains(p) { panels.append(p) }
        let current = selection.flatMap { s in all.first { $0.0 == s }?.1 } ?? (forward ? -1 : 3)
        let next = forward
            ? panels.first { $0 > current } ?? panels[0]
            : panels.last { $0 < current } ?? panels[panels.count - 1]
        selection = all.first { $0.1 == next }?.0
    }
}
