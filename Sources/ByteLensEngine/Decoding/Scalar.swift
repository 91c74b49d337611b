/// One decoded element, as NumPy would hand it to Python.
///
/// Produced by `ArrayView.scalar(at:)`; consumed by the printers. Only the displayed elements
/// are ever decoded into `Scalar`s, so the enum's payloads may allocate.
public enum Scalar: Hashable, Sendable {
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case float16(Float16)
  case float32(Float)
  case float64(Double)
  /// x87 80-bit extended precision (NumPy's `longdouble`/`f16` on x86-64 Linux).
  case float80(Float80)
  case complex64(Float, Float)
  case complex128(Double, Double)
  case complex256(Float80, Float80)
  /// `S`: all `itemsize` bytes, trailing NULs included (printing strips them).
  case bytes([UInt8])
  /// `U`: all code units, trailing NULs included (printing strips them).
  case unicode([UInt32])
  /// Unstructured `V`: the raw bytes.
  case void([UInt8])
  /// datetime64 count of `unit`s since 1970-01-01T00:00; `Int64.min` is NaT. A nil unit is generic.
  case datetime(Int64, TimeUnit?)
  /// timedelta64 count of `unit`s; `Int64.min` is NaT.
  case timedelta(Int64, TimeUnit?)
  /// A structured element: one scalar per field, in field order.
  case record([Scalar])
  /// A subarray field's value: elements in C order with the subarray's shape.
  case subarray([Scalar], shape: [Int])
}
