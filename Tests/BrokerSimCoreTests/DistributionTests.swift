import Foundation
import Testing
@testable import BrokerSimCore

@Suite("Distributions")
struct DistributionTests {
    static func moments(_ d: Distribution, n: Int = 200_000, seed: UInt64 = 42) -> (mean: Double, sd: Double) {
        var g = SplitMix64(seed: seed)
        var sum = 0.0, sq = 0.0
        for _ in 0..<n { let x = d.sample(&g); sum += x; sq += x * x }
        let mean = sum / Double(n)
        return (mean, (sq / Double(n) - mean * mean).squareRoot())
    }

    // With n = 200,000 draws the standard error of the mean is sd/√n ≈ 0.22% of sd;
    // the tolerances below are more than 5 standard errors, so a correct sampler fails
    // with probability below 1e-6 and a wrong parameterisation fails for sure.
    @Test("exponential: mean and sd equal the mean")
    func exponential() {
        let m = Self.moments(.exponential(mean: 50_000))
        #expect(abs(m.mean - 50_000) < 50_000 * 0.012)
        #expect(abs(m.sd - 50_000) < 50_000 * 0.02)
    }

    // The ziggurat's tables are literals: a wrong edge or height shows as a bin with too many or
    // too few draws. 2,000,000 draws into 100 bins of width 0.08 plus the tail beyond 8: the
    // chi-square statistic has 100 degrees of freedom (mean 100, sd 14.1), so 200 is seven
    // standard deviations out. Tail counts beyond r = 7.697 (the base layer's own path) and
    // beyond 10 are checked against n·e^-x within 5 binomial standard deviations.
    @Test("exponential: the ziggurat draws match 1 - e^-x, in the body, the wedges and the tail")
    func exponentialShape() {
        var g = SplitMix64(seed: 5)
        let n = 2_000_000, width = 0.08
        var bins = [Int](repeating: 0, count: 101)
        var beyondR = 0, beyond10 = 0
        for _ in 0..<n {
            let x = g.standardExponential()
            #expect(x >= 0)
            bins[min(100, Int(x / width))] += 1
            if x > ExponentialZiggurat.r { beyondR += 1 }
            if x > 10 { beyond10 += 1 }
        }
        var chi2 = 0.0
        for b in 0...100 {
            let lo = Double(b) * width
            let p = b == 100 ? exp(-lo) : exp(-lo) - exp(-(lo + width))
            let expected = p * Double(n)
            chi2 += (Double(bins[b]) - expected) * (Double(bins[b]) - expected) / expected
        }
        #expect(chi2 < 200)
        for (count, t) in [(beyondR, ExponentialZiggurat.r), (beyond10, 10.0)] {
            let p = exp(-t), sd = (Double(n) * p * (1 - p)).squareRoot()
            #expect(abs(Double(count) - Double(n) * p) < 5 * sd)
        }
    }

    @Test("uniform: mean is the midpoint, sd is width/√12")
    func uniform() {
        let m = Self.moments(.uniform(low: 20_000, high: 80_000))
        #expect(abs(m.mean - 50_000) < 200)
        #expect(abs(m.sd - 60_000 / 12.0.squareRoot()) < 300)
    }

    @Test("normal: mean and sd as given, never negative")
    func normal() {
        let m = Self.moments(.normal(mean: 50_000, sd: 10_000))
        #expect(abs(m.mean - 50_000) < 150)
        #expect(abs(m.sd - 10_000) < 150)
        var g = SplitMix64(seed: 3)
        for _ in 0..<10_000 { #expect(Distribution.normal(mean: 1, sd: 10).sample(&g) >= 0) }
    }

    @Test("lognormal: the median is as given")
    func lognormal() {
        var g = SplitMix64(seed: 9)
        var xs = (0..<100_001).map { _ in Distribution.lognormal(median: 50_000, sigma: 0.5).sample(&g) }
        xs.sort()
        #expect(abs(xs[50_000] - 50_000) < 50_000 * 0.01)
    }

    @Test("Poisson counts have the right mean and variance, small and large", arguments: [3.0, 64.0, 5000.0])
    func poisson(mean: Double) {
        var g = SplitMix64(seed: 11)
        let n = 50_000
        var sum = 0.0, sq = 0.0
        for _ in 0..<n { let k = Double(g.poisson(mean: mean)); sum += k; sq += k * k }
        let m = sum / Double(n), v = sq / Double(n) - m * m
        // Standard error of the mean: √(mean/n); 6 of them.
        #expect(abs(m - mean) < 6 * (mean / Double(n)).squareRoot())
        #expect(abs(v - mean) < mean * 0.05)
    }
}
