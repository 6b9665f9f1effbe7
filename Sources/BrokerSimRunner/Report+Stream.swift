import BrokerSimCore

extension Report {
    static func topics(_ w: World) -> JSONValue { .object([]) }
    static func groups(_ w: World) -> JSONValue { .object([]) }
}
