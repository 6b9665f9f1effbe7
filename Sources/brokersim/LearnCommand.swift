import ArgumentParser
import BrokerSimRunner
import BrokerSimScenario

struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "The guided course: the chapters in order, in the console.",
        discussion: """
        Each chapter runs in the console (its variants side by side) with its narration
        and questions; when it finishes, n or Enter opens the next chapter, q ends the course.
        Questions: answer with 1-9, or Space to see the answer; Space or Enter carries on.
        """
    )

    @Option(help: "Start at this chapter (see `brokersim list`).")
    var chapter: Int = 1

    @Option(help: "Console start speed (e.g. 1, 10, 1000); default: the scenario's `speed:`, else 1.")
    var speed: Double?

    func validate() throws {
        if let speed, !(speed > 0) { throw ValidationError("--speed takes a positive number such as 1, 10 or 1000") }
    }

    func run() throws {
        try Console.learn(from: chapter, options: RunPlan.Options(speed: speed))
    }
}
