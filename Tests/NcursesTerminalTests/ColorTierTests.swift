import BrokerSimConsole
import Testing
@testable import NcursesTerminal

@Suite("Colour tiers and palette")
struct ColorTierTests {
    @Test func noColorWinsWhenSetAndNotEmpty() {
        #expect(ColorTier.detect(noColor: "1", hasColors: true, colors: 256) == .none)
        #expect(ColorTier.detect(noColor: "", hasColors: true, colors: 256) == .extended)
    }

    @Test func terminfoDecidesTheRest() {
        #expect(ColorTier.detect(noColor: nil, hasColors: false, colors: 0) == .none)
        #expect(ColorTier.detect(noColor: nil, hasColors: true, colors: 8) == .basic(colors: 8))
        #expect(ColorTier.detect(noColor: nil, hasColors: true, colors: 16) == .basic(colors: 16))
        #expect(ColorTier.detect(noColor: nil, hasColors: true, colors: 256) == .extended)
    }

    @Test func everyRoleIsDistinctIn256AndBasicColours() {
        let roles: [Role] = [.accent, .ok, .warn, .alarm, .info]
        for tier in [ColorTier.extended, .basic(colors: 8)] {
            let p = Palette(tier: tier)
            let colours = roles.map(p.foreground)
            #expect(Set(colours).count == roles.count, "\(tier)")
            #expect(p.foreground(.plain) == -1)
        }
    }

    @Test func withoutColourRolesFallBackToAttributes() {
        let p = Palette(tier: .none)
        #expect(p.foreground(.alarm) == -1)
        #expect(p.emphasis(fg: .alarm, bg: .plain).bold)
        #expect(p.emphasis(fg: .dim, bg: .plain).dim)
        #expect(p.emphasis(fg: .plain, bg: .header).reverse)
    }

    @Test func dimIsAnAttributeOnEightColoursAndGreyOnSixteen() {
        #expect(Palette(tier: .basic(colors: 8)).emphasis(fg: .dim, bg: .plain).dim)
        #expect(Palette(tier: .basic(colors: 16)).foreground(.dim) == 8)
        #expect(!Palette(tier: .basic(colors: 16)).emphasis(fg: .dim, bg: .plain).dim)
    }
}
