/// `1.5 GB`, `700 B`: sizes for the event feed and the console, in powers of 1024 like the scenario units.
public func formatBytes(_ n: Int64) -> String {
    let units = ["B", "KB", "MB", "GB", "TB"]
    var v = Double(n), i = 0
    while v >= 1024 && i < units.count - 1 { v /= 1024; i += 1 }
    if i == 0 { return "\(n) B" }
    let tenths = (v * 10).rounded() / 10
    return "\(tenths.truncatingRemainder(dividingBy: 1) == 0 ? String(Int(tenths)) : String(tenths)) \(units[i])"
}
