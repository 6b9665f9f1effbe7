/// A stable slot per name, in the order names were first seen: the series and counters of a
/// history are arrays by slot, so a lookup is an index and a name that comes back finds its
/// own past.
///
/// Reads of one source list mostly the same names in the same order: `slots(for:)` then
/// answers from the last read's slots after comparing the names, with no hashing, so a read
/// costs O(names) however many there are.
struct NameSlots: Sendable {
    /// Looked up only, never iterated: nothing depends on its order.
    private var index: [String: Int] = [:]
    private(set) var names: [String] = []
    private var lastNames: [String] = []
    private var lastSlots: [Int] = []

    var count: Int { names.count }

    func slot(_ name: String) -> Int? { index[name] }

    /// The slot of each name, in order; names not seen before get new slots.
    mutating func slots(for list: [String]) -> [Int] {
        if list == lastNames { return lastSlots }
        var out: [Int] = []
        out.reserveCapacity(list.count)
        for name in list {
            if let s = index[name] {
                out.append(s)
            } else {
                index[name] = names.count
                out.append(names.count)
                names.append(name)
            }
        }
        lastNames = list
        lastSlots = out
        return out
    }
}
