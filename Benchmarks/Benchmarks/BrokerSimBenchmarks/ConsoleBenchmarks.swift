import Benchmark
import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimScenario

/// Issue 11: a console frame of a big file. Build the `Frame` from the world, render it at
/// 200×60 and present it the way the terminal does (find the cells that differ from the shown
/// grid, keep the new grid as shown), without ncurses.
func consoleBenchmarks() {
    let scenario = benchFile("console")
    nonisolated(unsafe) var playback: Playback?
    nonisolated(unsafe) var shown = CellGrid(size: GridSize(width: 200, height: 60))
    Benchmark("console frame at 200×60: 100 queues × 10 workers and 50 topics, build + present",
              configuration: .init(metrics: [.wallClock, .cpuTotal], maxDuration: .seconds(10), maxIterations: 500)) { benchmark in
        if playback == nil {
            var p = Playback(world: World(config: scenario.config), end: .zero + .secs(86_400), stopWhenDrained: false,
                             interval: .secs(1))
            p.advance(to: .zero + .secs(60))
            playback = p
        }
        playback!.advance(to: playback!.now + .secs(1))
        let state = ConsoleState()
        benchmark.startMeasurement()
        let frame = Frame(world: playback!.world, history: playback!.history, title: scenario.title, about: scenario.about)
        let grid = ConsoleView.render(state: state, frame: frame, size: shown.size, glyphs: .unicode).grid
        var changed = 0
        for i in grid.cells.indices where shown.cells[i] != grid.cells[i] { changed += 1 }
        shown = grid
        benchmark.stopMeasurement()
        blackHole(changed)
    }
}
