import BrokerSimConsole
import BrokerSimCore

extension LiveScenarioWriter {
    /// One pane's run: its variant's name and config, and the actions taken in it.
    public struct PaneActions: Sendable {
        public var variant: String
        public var config: WorldConfig
        public var entries: [TimelineEntry]
        public init(variant: String, config: WorldConfig, entries: [TimelineEntry]) {
            self.variant = variant; self.config = config; self.entries = entries
        }
    }

    /// Several variants side by side: an action every pane took goes under the file's
    /// `timeline:`; a pane that took one the others did not (its target exists only there)
    /// gets a `timeline:` of its own in its variant. That list replaces the file's for the
    /// variant, so it is written whole: the timeline the variant ran, then all its actions.
    /// A variant with a `timeline:` of its own does not see the file's: all its actions
    /// are added at the end of its own list.
    public static func write(source: String, panes: [PaneActions]) throws(Failure) -> String {
        guard let lead = panes.first else { return source }
        guard panes.count > 1 else { return try write(source: source, entries: lead.entries, config: lead.config) }
        let common = lead.entries.filter { e in panes.allSatisfy { $0.entries.contains(e) } }
        var text = try write(source: source, entries: common, config: lead.config)
        for pane in panes where !pane.entries.isEmpty {
            text = try addVariantTimeline(text, pane, onlyIfOwn: pane.entries.count == common.count)
        }
        if common.isEmpty {
            // `write` leaves the text alone without entries; the expectations still go.
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            text = commentOutExpectations(lines).joined(separator: "\n") + "\n"
        }
        return text
    }

    /// Adds the pane's actions to the variant's own `timeline:`, or, unless `onlyIfOwn`, puts
    /// one into the variant's block (the timeline it ran, then its actions).
    static func addVariantTimeline(_ text: String, _ pane: PaneActions, onlyIfOwn: Bool) throws(Failure) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let variants = lines.firstIndex(where: { $0.hasPrefix("variants:") }) else { throw .variantNotFound(pane.variant) }
        var end = variants + 1
        while end < lines.count && !startsTopLevelKey(lines[end]) { end += 1 }
        guard let head = lines[(variants + 1)..<end].firstIndex(where: {
            let body = $0.trimmingSpaces
            return body.hasPrefix(pane.variant + ":") || body.hasPrefix("\"\(pane.variant)\":")
        }) else { throw .variantNotFound(pane.variant) }
        let indent = lines[head].prefix { $0 == " " }.count
        let rest = lines[head].split(separator: ":", maxSplits: 1).dropFirst().first.map { $0.trimmingSpaces } ?? ""
        if rest.hasPrefix("{") {
            guard rest.hasPrefix("{}") else { throw .flowVariant(pane.variant) }
            lines[head] = String(lines[head].prefix(indent)) + pane.variant + ":"
        }
        var blockEnd = head + 1
        while blockEnd < end {
            let l = lines[blockEnd]
            if !l.trimmingSpaces.isEmpty && l.prefix(while: { $0 == " " }).count <= indent { break }
            blockEnd += 1
        }
        while blockEnd > head + 1 && lines[blockEnd - 1].trimmingSpaces.isEmpty { blockEnd -= 1 }
        let pad = String(repeating: " ", count: indent + 2)
        if let own = lines[(head + 1)..<blockEnd].firstIndex(where: { $0.hasPrefix(pad + "timeline:") }) {
            guard lines[own].trimmingSpaces == "timeline:" else { throw .variantTimeline(pane.variant) }
            var ownEnd = own + 1
            while ownEnd < blockEnd && (lines[ownEnd].trimmingSpaces.isEmpty || lines[ownEnd].prefix(while: { $0 == " " }).count > pad.count
                                        || lines[ownEnd].hasPrefix(pad + "- ")) { ownEnd += 1 }
            while ownEnd > own + 1 && lines[ownEnd - 1].trimmingSpaces.isEmpty { ownEnd -= 1 }
            let itemPad = lines[(own + 1)..<ownEnd].first { $0.trimmingSpaces.hasPrefix("- ") }
                .map { String($0.prefix { $0 == " " }) } ?? pad + "  "
            var added = ["\(itemPad)# added in the console"]
            for e in pane.entries { added += yaml(e, config: pane.config, indent: itemPad).split(separator: "\n").map(String.init) }
            lines.insert(contentsOf: added, at: ownEnd)
            return lines.joined(separator: "\n") + "\n"
        }
        if onlyIfOwn { return text }
        var block = ["\(pad)# added in the console: this variant's whole timeline, then the actions taken in it",
                     "\(pad)timeline:"]
        let all = pane.config.timeline + pane.entries
        for e in all {
            block += yaml(e, config: pane.config, indent: pad + "  ").split(separator: "\n").map(String.init)
        }
        lines.insert(contentsOf: block, at: blockEnd)
        return lines.joined(separator: "\n") + "\n"
    }
}
