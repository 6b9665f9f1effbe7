import BrokerSimConsole
extension LiveScenarioWriter {
    /// The first line above each `expect:` block of a written file.
    static let expectationsNote = "# These expectations describe the run without the actions added in the console,"
    static let expectationsNote2 = "# so they are kept as comments and not checked."

    /// Every `expect:` block (the file's and each variant's) turned into comments under a
    /// line saying why, with `expect: []` in its place: the file's expectations were written
    /// for the unaltered run, and a headless re-run of the improvised one must not fail on them.
    static func commentOutExpectations(_ lines: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        // Lines of a block scalar (`about: |`) are text, not keys.
        var scalarIndent: Int?
        while i < lines.count {
            let line = lines[i]
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            if let s = scalarIndent, body.isEmpty || indent > s { out.append(line); i += 1; continue }
            scalarIndent = nil
            guard body.hasPrefix("expect:") else {
                if isBlockScalarStart(body) { scalarIndent = indent }
                out.append(line)
                i += 1
                continue
            }
            // The block: deeper lines, blank lines inside it, and `- ` items at the key's own indent.
            var end = i + 1
            while end < lines.count {
                let l = lines[end]
                let n = l.prefix { $0 == " " }.count
                let b = l.dropFirst(n)
                if b.isEmpty {
                    let next = lines[(end + 1)...].first { !$0.trimmingSpaces.isEmpty }
                    guard let next, next.prefix(while: { $0 == " " }).count > indent
                            || next.dropFirst(indent).hasPrefix("- ") && next.prefix(while: { $0 == " " }).count == indent
                    else { break }
                } else if !(n > indent || (n == indent && b.hasPrefix("- "))) {
                    break
                }
                end += 1
            }
            let pad = String(repeating: " ", count: indent)
            out += [pad + expectationsNote, pad + expectationsNote2, pad + "expect: []"]
            for l in lines[i..<end] {
                out.append(l.trimmingSpaces.isEmpty ? l : pad + "# " + l.dropFirst(min(indent, l.prefix { $0 == " " }.count)))
            }
            i = end
        }
        return out
    }

    /// `about: |`, `text: >-`: a key whose value is a block scalar on the following lines.
    static func isBlockScalarStart(_ body: Substring) -> Bool {
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let value = parts[1].trimmingSpaces
        return value.hasPrefix("|") || value.hasPrefix(">")
    }
}
