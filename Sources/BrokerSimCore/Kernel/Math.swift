#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The C math library, named once so the model files need no platform imports.
@inlinable func mathLog(_ x: Double) -> Double { log(x) }
@inlinable func mathExp(_ x: Double) -> Double { exp(x) }
@inlinable func mathSqrt(_ x: Double) -> Double { sqrt(x) }
@inlinable func mathCos(_ x: Double) -> Double { cos(x) }
@inlinable func mathLogGamma(_ x: Double) -> Double { lgamma(x) }
@inlinable func mathFloor(_ x: Double) -> Double { floor(x) }
