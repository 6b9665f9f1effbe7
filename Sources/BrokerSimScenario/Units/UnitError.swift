/// Why a scalar's text is not a valid value; reported at the scalar's position.
struct UnitError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
