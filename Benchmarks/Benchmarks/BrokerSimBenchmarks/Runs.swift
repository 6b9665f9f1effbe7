import Benchmark
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// Runs `name` (a built-in) headless with an optional tweak of its config.
func runScenario(_ name: String, tweak: (inout WorldConfig) -> Void = { _ in }) -> Runner.Outcome {
    let scenario = try! ScenarioLoader.load(name)
    var config = scenario.config
    tweak(&config)
    return runConfig(name, config)
}

func runConfig(_ name: String, _ config: WorldConfig) -> Runner.Outcome {
    var runner = Runner()
    runner.checkInvariants = false
    return runner.runOne(name, config: config, expectations: [], variant: nil)
}

/// The path of a file of `Benchmarks/Scenarios/` (each also runs as `brokersim run FILE --headless`).
func benchPath(_ name: String) -> String {
    let dir = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    return "/" + dir + "/Scenarios/" + name + ".yaml"
}

func benchFile(_ name: String) -> Scenario { try! ScenarioLoader.load(benchPath(name)) }

func runFile(_ scenario: Scenario) -> Runner.Outcome { runConfig(scenario.name, scenario.config) }

/// CPU seconds of `body` (this process's, all threads): comparing runs measured in one
/// iteration, so that a machine busy with other work slows them alike rather than at random.
func cpuSeconds(_ body: () -> Void) -> Double {
    func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    let start = now()
    body()
    return now() - start
}
