/// A worker as one compact cell: state glyph, name, state word, prefetch slots
/// filled, messages processed (`● mailer-1 busy    1/1  2,031`). Under auto ack there is no
/// prefetch limit and the broker no longer counts what the worker holds: `holds 86`.
struct WorkerCell {
    let worker: WorkerReading
    /// Column widths shared by all cells of a queue so they line up.
    let nameWidth: Int

    static let statusWidth = 7

    var role: Role {
        switch worker.status {
        case .busy: return .ok
        case .idle, .waiting, .removed, .standby: return .dim
        case .slow: return .warn
        case .crashed: return .alarm
        case .gone: return .warn
        }
    }

    func glyph(_ g: GlyphSet) -> Unicode.Scalar {
        switch worker.status {
        case .busy: return g.busy
        case .idle, .removed: return g.idle
        case .slow: return g.slow
        case .crashed, .gone: return g.crashed
        case .waiting, .standby: return g.waiting
        }
    }

    /// The widest a cell gets: glyph, name, status, slots, count.
    var width: Int { 2 + nameWidth + 1 + Self.statusWidth + 1 + slotWidth + 1 + 6 }

    var slotWidth: Int { worker.autoAck ? 10 : 7 }

    func render(into c: inout Canvas, in rect: Rect) {
        var x = c.grid.write(String(glyph(c.glyphs)) + " ", x: rect.x, y: rect.y, style: Style(role), clip: rect)
        x = c.grid.write(worker.name.padded(to: nameWidth) + " ", x: x, y: rect.y, style: .plain, clip: rect)
        x = c.grid.write(worker.status.rawValue.padded(to: Self.statusWidth) + " ", x: x, y: rect.y, style: Style(role), clip: rect)
        let slots = worker.autoAck ? "holds \(CompactNumber.format(worker.held))"
            : worker.prefetch > 0 ? "\(worker.held)/\(worker.prefetch)" : "\(worker.held)"
        x = c.grid.write(slots.leftPadded(to: slotWidth) + " ", x: x, y: rect.y, style: .dim, clip: rect)
        // A real broker's consumer: how fast it acks says more than its channel's total.
        let count = worker.ackRate.map { CompactNumber.rate($0) } ?? CompactNumber.format(worker.processed)
        c.grid.write(count.leftPadded(to: 6), x: x, y: rect.y, style: .plain, clip: rect)
        c.mark(rect, as: .worker(worker.id))
    }
}
