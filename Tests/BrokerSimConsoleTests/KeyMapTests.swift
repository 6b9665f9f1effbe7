import Testing
@testable import BrokerSimConsole

@Suite("Key map")
struct KeyMapTests {
    @Test(arguments: [
        (Key.char(" "), ConsoleAction.togglePause),
        (.char("."), .step),
        (.char("+"), .faster), (.char("="), .faster),
        (.char("-"), .slower),
        (.left, .seekBack), (.right, .seekForward),
        (.home, .restartRun), (.end, .seekToEnd),
        (.up, .selectPrevious), (.down, .selectNext),
        (.tab, .nextSection), (.backTab, .previousSection),
        (.char("c"), .crashSelected), (.char("r"), .restartSelected),
        (.char("s"), .toggleSlowSelected),
        (.char("]"), .moreSelected), (.char("["), .lessSelected),
        (.char("w"), .writeScenario),
        (.char("?"), .toggleHelp), (.escape, .dismiss),
        (.char("q"), .quit), (.control("c"), .quit),
        (.resize, .resized),
        (.click(x: 3, y: 7), .selectAt(x: 3, y: 7)),
    ])
    func keyMapsToAction(key: Key, action: ConsoleAction) {
        #expect(KeyMap.standard.action(for: key) == action)
    }

    @Test func unboundKeysDoNothing() {
        #expect(KeyMap.standard.action(for: .char("z")) == nil)
        #expect(KeyMap.standard.action(for: .pageDown) == nil)
    }

    @Test func noKeyIsBoundTwice() {
        let keys = KeyMap.standard.bindings.flatMap(\.keys)
        for (i, k) in keys.enumerated() {
            #expect(!keys[(i + 1)...].contains(k), "\(k) bound twice")
        }
    }

    @Test func keyLabelsFollowTheGlyphSet() {
        #expect(Key.left.label(.unicode) == "←")
        #expect(Key.left.label(.ascii) == "<")
        #expect(Key.char(" ").label(.ascii) == "Space")
        #expect(Key.control("c").label(.ascii) == "Ctrl-C")
    }
}
