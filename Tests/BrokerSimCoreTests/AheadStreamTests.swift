import Testing
@testable import BrokerSimCore

@Suite("A stream drawn ahead")
struct AheadStreamTests {
    @Test("gives the values a plain stream gives, in the same order, whatever other draws come between")
    func sameSequenceAsPlainStream() {
        var plain = SplitMix64(seed: 7, stream: "producer:signups")
        var ahead = AheadStream(SplitMix64(seed: 7, stream: "producer:signups"))
        var pick = SplitMix64(seed: 99)
        for _ in 0..<10_000 {
            switch pick.below(4) {
            case 0, 1:
                #expect(ahead.standardExponential() == plain.standardExponential())
            case 2:
                #expect(ahead.rng.unit() == plain.unit())
            default:
                #expect(ahead.rng.poisson(mean: 64) == plain.poisson(mean: 64))
            }
            #expect(ahead.rng.state == plain.state)
        }
    }

    @Test("a stream set from outside drops the value drawn ahead")
    func settingDropsTheValueAhead() {
        var ahead = AheadStream(SplitMix64(seed: 1))
        _ = ahead.standardExponential()
        ahead.rng = SplitMix64(seed: 2)
        var plain = SplitMix64(seed: 2)
        #expect(ahead.standardExponential() == plain.standardExponential())
    }
}
