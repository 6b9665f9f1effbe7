// frame-bench: how long building and presenting one console frame takes.
//
// Plays a built-in scenario (default `queue-vs-stream`) to an instant, then
// for N frames advances one sample interval, builds the `Frame` from the
// world, renders the screen and presents it (only changed cells are drawn).
// In a terminal it presents through ncurses at the terminal's size; with
// `--no-terminal` it diffs against the previous grid as `present` does, at
// 200×60. Prints (on stderr) the mean and worst per-frame times. Not shipped: a
// measuring tool for docs/console.md.
import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Foundation
import NcursesTerminal

let args = CommandLine.arguments.dropFirst()
let name = args.first { !$0.hasPrefix("-") } ?? "queue-vs-stream"
let noTerminal = args.contains("--no-terminal")
let frames = 300

let sc = try ScenarioLoader.load(name)
let cfg = sc.variants.first?.config ?? sc.config
var p = Playback(world: World(config: cfg), end: .zero + .secs(86_400 * 30), stopWhenDrained: false, interval: .secs(1))
p.advance(to: SimTime(micros: 60_000_000))

let session = noTerminal ? nil : try TerminalSession(environment: ProcessInfo.processInfo.environment)
let size = session?.size ?? GridSize(width: 200, height: 60)
let state = ConsoleState()
var previous: CellGrid?
var changed = 0
var times: [Double] = []
let clock = ContinuousClock()
for _ in 0..<frames {
    p.advance(to: p.now + .secs(1))
    let start = clock.now
    let frame = Frame(world: p.world, history: p.history, title: sc.title, about: sc.about)
    let grid = ConsoleView.render(state: state, frame: frame, size: size, glyphs: .unicode).grid
    if let session {
        session.present(grid)
    } else if let previous {
        for i in grid.cells.indices where previous.cells[i] != grid.cells[i] { changed += 1 }
    }
    previous = grid
    let d = clock.now - start
    times.append(Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000)
}
session?.teardown()
let mean = times.reduce(0, +) / Double(times.count)
let sorted = times.sorted()
let line = ("\(name) \(size.width)x\(size.height) \(session == nil ? "render+diff" : "render+present"): "
      + String(format: "mean %.3f ms, p99 %.3f ms, worst %.3f ms over %d frames", mean, sorted[sorted.count * 99 / 100],
               sorted.last!, frames) + (session == nil ? " (\(changed / frames) cells changed per frame)" : "")) + "\n"
// On stderr: stdout is the terminal being measured.
FileHandle.standardError.write(Data(line.utf8))

