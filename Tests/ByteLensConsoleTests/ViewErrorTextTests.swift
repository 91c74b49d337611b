import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// The words of every `ViewError` and of `Interrupted`: what the user reads when `load`, `as`,
/// `reshape`, `transpose`, an index, `copy` or `astype` is refused.
@Suite struct ViewErrorTextTests {
  func words(_ body: () throws -> Any) -> [String?] {
    do {
      _ = try body()
      return ["no error"]
    } catch let error as any UserFacingError {
      return [error.message, error.hint]
    } catch {
      return ["not a UserFacingError: \(error)"]
    }
  }

  func counting(_ n: Int, as spelling: String) throws -> ArrayView {
    let source = MemoryByteSource((0..<n).map { UInt8(truncatingIfNeeded: $0) })
    return try ArrayView.frombuffer(source, dtype: try DType.parse(spelling))
  }

  @Test func frombuffer() throws {
    let ten = MemoryByteSource(Array(repeating: 0, count: 10))
    let object = try DType.parse("O")
    #expect(
      words { try ArrayView.frombuffer(ten, dtype: object) } == [
        "cannot read '|O8' from bytes: object arrays hold pointers to Python objects",
        "choose a dtype that describes the bytes themselves, e.g. '<u8'",
      ])
    let s0 = try DType.parse("S0")
    #expect(
      words { try ArrayView.frombuffer(ten, dtype: s0) } == [
        "itemsize cannot be zero in type '|S0'", "give a size, e.g. 'S8' or 'V8'",
      ])
    #expect(
      words { try ArrayView.frombuffer(ten, dtype: .uint8, offset: 11) } == [
        "offset must be non-negative and no greater than buffer length (10), got 11", nil,
      ])
    #expect(
      words { try ArrayView.frombuffer(ten, dtype: .float64, count: 2, offset: 1) } == [
        "buffer is smaller than requested size: 2 × 8 bytes of '<f8' from offset 1, but only "
          + "9 bytes are there",
        "at most 1 element fits",
      ])
    #expect(
      words { try ArrayView.frombuffer(ten, dtype: .int16, count: 6) }[1]
        == "at most 5 elements fit")
    #expect(
      words { try ArrayView.frombuffer(ten, dtype: .float64) } == [
        "buffer size must be a multiple of element size: 10 bytes are not a multiple of 8 "
          + "('<f8')",
        "add 'count 1' to read whole elements, or move the offset",
      ])
  }

  @Test func view() throws {
    let bytes = try counting(24, as: "u1")
    let object = try DType.parse("O")
    #expect(
      words { try bytes.viewed(as: object) } == [
        "cannot view bytes as '|O8': object arrays hold pointers, not values", nil,
      ])
    let pairs = try DType.parse("(2,)u2")
    #expect(
      words { try bytes.viewed(as: pairs) } == [
        "cannot view '|u1' as subarray '('<u2', (2,))': changing to a subarray type needs the "
          + "same itemsize (1 vs 4)",
        nil,
      ])
    let u2 = try DType.parse("<u2")
    #expect(
      words { try bytes.indexed([.integer(0)]).viewed(as: u2) } == [
        "cannot view a 0-d array as '<u2': changing the itemsize (1 to 2) needs an axis", nil,
      ])
    let s0 = try DType.parse("S0")
    #expect(words { try bytes.viewed(as: s0) } == ["itemsize cannot be zero in type '|S0'", nil])
    #expect(
      words { try bytes.indexed([.slice(start: nil, stop: nil, step: 2)]).viewed(as: u2) } == [
        "cannot view as '<u2': to change to a dtype of a different size, the last axis must be "
          + "contiguous (its stride is 2, the itemsize 1)",
        "make a contiguous copy first with 'copy'",
      ])
    #expect(
      words { try counting(24, as: "S3").viewed(as: u2) } == [
        "cannot view '|S3' as '<u2': when changing to a smaller dtype, its size (2) must divide "
          + "the original size (3)",
        nil,
      ])
    let i4 = try DType.parse("<i4")
    #expect(
      words { try bytes.reshaped([4, 6]).viewed(as: i4) } == [
        "cannot view 6 bytes as '<i4': 6 is not a multiple of 4",
        "the last axis holds 6 × 1 bytes; change the shape or 'count' so it divides",
      ])
  }

  @Test func reshapeAndTranspose() throws {
    let a = try counting(6, as: "u1")
    #expect(
      words { try a.reshaped([4, 2]) } == [
        "cannot reshape 6 elements into (4, 2), which holds 8", "6 = 2×3 = 1×6",
      ])
    #expect(
      words { try a.reshaped([4, -1]) } == [
        "cannot reshape 6 elements into (4, -1): 6 is not a multiple of 4", "6 = 2×3 = 1×6",
      ])
    #expect(
      words { try counting(7, as: "u1").reshaped([2, 3]) }[1]
        == "7 is prime: only (7,) or (1, 7) fit")
    #expect(
      words { try counting(36, as: "u1").reshaped([5, 7]) }[1]
        == "36 = 2×18 = 3×12 = 4×9 = 6×6 = 1×36")
    #expect(words { try counting(1, as: "u1").reshaped([2]) }[1] == nil)
    #expect(
      words { try a.reshaped([-1, -1]) } == [
        "can only specify one unknown dimension (-1) in (-1, -1)", nil,
      ])
    #expect(
      words { try a.reshaped([Int.max, 2, -1]) } == [
        "cannot reshape 6 elements into (9223372036854775807, 2, -1): its size overflows a "
          + "64-bit count",
        nil,
      ])
    #expect(
      words { try a.reshaped([6], order: .K) } == [
        "order 'K' is not permitted for reshaping", "use C, F or A",
      ])
    #expect(
      words { try a.reshaped(Array(repeating: 1, count: 64) + [6]) } == [
        "maximum supported dimension for an array is 64, found 65", nil,
      ])
    let b = try a.reshaped([2, 3])
    #expect(
      words { try b.transposed([0]) } == ["axes (0,) don't match array: it has 2 dimensions", nil])
    #expect(
      words { try a.transposed([0, 1]) } == [
        "axes (0, 1) don't match array: it has 1 dimension", nil,
      ])
    #expect(
      words { try b.transposed([0, 2]) } == [
        "axis 2 is out of bounds for array of dimension 2", nil,
      ])
    #expect(words { try b.transposed([0, 0]) } == ["repeated axis 0 in transpose (0, 0)", nil])
  }

  @Test func indexing() throws {
    let a = try counting(24, as: "u1").reshaped([2, 12])
    #expect(words { try a.scalar(at: [0]) } == ["expected 2 indices for shape (2, 12), got 1", nil])
    #expect(
      words { try a.scalar(at: [0, -13]) } == [
        "index -13 is out of bounds for axis 1 with size 12", nil,
      ])
    #expect(
      words { try a.indexed([.integer(0), .integer(0), .integer(0)]) } == [
        "too many indices for array: array is 2-dimensional, but 3 were indexed", nil,
      ])
    #expect(
      words { try a.indexed([.ellipsis, .ellipsis]) } == [
        "an index can only have a single ellipsis ('...')", nil,
      ])
    #expect(
      words { try a.indexed([.slice(start: nil, stop: nil, step: 0)]) } == [
        "slice step cannot be zero", nil,
      ])
    #expect(
      words { try a.indexed([.field("x"), .integer(0)]) } == [
        "a field name must be the only index: use ['name'] on its own, then index", nil,
      ])
    #expect(
      words { try a.field("x") } == [
        "cannot select field 'x': dtype '|u1' has no fields",
        "only structured dtypes such as [('id','<i4'),('value','<f8')] have fields",
      ])
    #expect(
      words { try a.fields(["x"]) } == ["cannot select fields: dtype '|u1' has no fields", nil])
    let records = try counting(26, as: "[('id','<i4'),('value','<f8'),('flag','?')]")
    #expect(
      words { try records.field("vlue") } == ["no field of name 'vlue'", "did you mean 'value'?"])
    #expect(
      words { try records.field("zzzzz") } == [
        "no field of name 'zzzzz'", "fields: 'id', 'value', 'flag'",
      ])
    #expect(words { try records.fields(["id", "valeu"]) } == ["no field of name 'valeu'", nil])
    #expect(
      words { try records.fields(["id", "id"]) } == ["duplicate field of name 'id'", nil])
  }

  @Test func buildingCopyingConverting() throws {
    #expect(
      words { try ArrayView(bytes: [1, 2, 3], dtype: .int16, shape: [2]) } == [
        "shape (2,) of '<i2' needs 4 bytes, got 3", nil,
      ])
    #expect(
      words { try ArrayView(bytes: [], dtype: .int16, shape: [-2]) } == [
        "negative dimensions are not allowed: -2", nil,
      ])
    #expect(
      words { try ArrayView(bytes: [], dtype: .uint8, shape: [Int.max, 2]) } == [
        "shape (9223372036854775807, 2) has more elements than a 64-bit count holds", nil,
      ])
    let text = try counting(6, as: "S3")
    #expect(
      words { try text.converted(to: .float64) } == [
        "cannot convert '\\x00\\x01\\x02' to a float '<f8'", nil,
      ])
    #expect(
      words { try counting(6, as: "V3").converted(to: try DType.parse("S3")) } == [
        "cannot cast '|V3' to '|S3' (numpy refuses it too)",
        "to read the same bytes differently, use 'as |S3'",
      ])
    #expect(
      words { try counting(6, as: "u1,u2").converted(to: .float64) } == [
        "cannot cast a record of 2 fields to '<f8': numpy casts only a record of one field to a "
          + "dtype without fields",
        "select a field first, e.g. ['f0']",
      ])
    #expect(
      words { try counting(6, as: "u1,u2").converted(to: try DType.parse("[('x','f8')]")) } == [
        "cannot cast a record of 2 fields to one of 1 field: numpy casts records field by "
          + "field, by position",
        nil,
      ])
    #expect(
      words {
        try counting(8, as: "[('x','m8[s]')]").converted(to: try DType.parse("[('y','m8')]"))
      } == [
        "cannot cast '<m8[s]' to '<m8': numpy does not convert specific units to generic ones",
        "give the field a unit, e.g. '<m8[s]'",
      ])
    #expect(
      words {
        throw ViewError.copyTooLarge(
          bytes: AllocationBudget.bytes + 1, limit: AllocationBudget.bytes)
      } == [
        "a copy would take 1073741825 bytes, more than the 1024 MiB limit",
        "select a smaller part first, e.g. with 'count' or a slice",
      ])
    #expect(words { throw Interrupted() } == ["interrupted", nil])
  }
}
