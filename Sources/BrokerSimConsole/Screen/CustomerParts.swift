/// What a customer-facing producer's customers saw (`customers: orders`), in the same
/// words on the synchronous and the queue side, so two panes compare at a glance:
/// `orders: confirmed 443  errors 483  wait p99 2s  waiting 0`.
///
/// Each part has a rank: when the row is narrow the lowest-ranked go first, but what is
/// kept stays in reading order.
struct CustomerParts {
    struct Part {
        var text: String
        var style: Style
        /// 0 is kept longest.
        var rank: Int
    }

    var parts: [Part] = []

    /// A caller: confirmed = answered in time; errors = failed or timed out; its wait p99.
    static func caller(_ c: CallerReading, noun: String) -> CustomerParts {
        let errors = c.failed + c.timedOut
        var out = CustomerParts()
        out.parts.append(Part(text: "  \(CompactNumber.rate(c.rate)) calls \(c.service)", style: .dim, rank: 4))
        out.parts.append(Part(text: "  \(noun): confirmed \(CompactNumber.format(c.ok))", style: Style(.ok), rank: 0))
        out.parts.append(Part(text: "  errors \(CompactNumber.format(errors))", style: errors > 0 ? Style(.alarm, bold: true) : .dim, rank: 1))
        if let p99 = c.waitP99 { out.parts.append(Part(text: "  wait p99 \(Self.span(p99))", style: .plain, rank: 2)) }
        out.parts.append(Part(text: "  waiting \(CompactNumber.format(c.waiting))", style: c.waiting > 0 ? .plain : .dim, rank: 3))
        return out
    }

    /// A publisher: confirmed = accepted by the broker, answered at once; errors = nacked
    /// (publisher confirms); its customers wait only while the broker blocks it, so the
    /// wait is 0 s until then and the time blocked after.
    static func publisher(_ p: ProducerReading, noun: String) -> CustomerParts {
        var out = CustomerParts()
        out.parts.append(Part(text: "  \(CompactNumber.rate(p.rate)) to \(p.target)", style: .dim, rank: 4))
        out.parts.append(Part(text: "  \(noun): confirmed \(CompactNumber.format(p.published))", style: Style(.ok), rank: 0))
        out.parts.append(Part(text: "  errors \(CompactNumber.format(p.refused))", style: p.refused > 0 ? Style(.alarm, bold: true) : .dim, rank: 1))
        out.parts.append(p.blockedSeconds > 0
            ? Part(text: "  blocked \(Self.span(p.blockedSeconds))", style: Style(.warn), rank: 2)
            : Part(text: "  wait p99 0s", style: .plain, rank: 2))
        out.parts.append(Part(text: "  waiting \(CompactNumber.format(p.held))", style: p.held > 0 ? .plain : .dim, rank: 3))
        return out
    }

    /// The best-ranked parts that fit in `room` columns, in reading order. The first that does
    /// not fit ends the choice: a smaller, less telling part never takes the place of a better one.
    func fitting(_ room: Int) -> [Part] {
        var used = 0
        var keep = Set<Int>()
        for i in parts.indices.sorted(by: { (parts[$0].rank, $0) < (parts[$1].rank, $1) }) {
            guard used + parts[i].text.columns <= room else { break }
            keep.insert(i)
            used += parts[i].text.columns
        }
        return parts.indices.filter(keep.contains).map { parts[$0] }
    }

    static func span(_ seconds: Double) -> String {
        seconds <= 0 ? "0s" : ClockText.span(.seconds(seconds))
    }
}
