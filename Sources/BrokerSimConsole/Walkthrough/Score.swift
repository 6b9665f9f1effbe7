import BrokerSimUnits

/// The answers given in one run, for the line at the end: "Score: 6 of 8; review
/// chapters 3 and 6". A question asked again after a seek back counts once, by
/// its newest answer.
public struct Score: Hashable, Sendable {
    public struct Answer: Hashable, Sendable {
        /// The question's instant: what identifies it across a seek.
        public var at: SimTime
        public var text: String
        /// False for a wrong pick and for "show me the answer" without a pick.
        public var right: Bool
        public var review: Int?
    }

    /// In the order first answered.
    public private(set) var answers: [Answer] = []

    public init() {}

    public mutating func record(_ q: Question, pick: Int?) {
        let a = Answer(at: q.at, text: q.text, right: pick == q.answer, review: q.review)
        if let i = answers.firstIndex(where: { $0.at == q.at && $0.text == q.text }) { answers[i] = a } else { answers.append(a) }
    }

    public var isEmpty: Bool { answers.isEmpty }
    public var right: Int { answers.filter(\.right).count }

    /// `Score: 6 of 8; review chapters 3 and 6` (or `…; all right`).
    public var line: String {
        ScoreLine.text(right: right, of: answers.count, review: answers.filter { !$0.right }.compactMap(\.review))
    }
}
