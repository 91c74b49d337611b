/// A dtype as a format string of Python's `struct` module: `<id?` for
/// `[('id','<i4'),('value','<f8'),('flag','?')]`, with `x` for padding bytes, so that
/// `struct.unpack(format, a[i].tobytes())` reads one element.
///
/// Uses standard sizes without alignment (`<` or `>`), padding spelled out. Fields of nested
/// structs are flattened; subarrays repeat their code (`6i`); complex numbers are two floats;
/// types `struct` has no code for (long double, `U`) are raw bytes (`16s`), said so in the
/// explanation.
public enum StructFormatExport {
  public struct Piece: Sendable, Equatable {
    /// The code, with its repeat count: `i`, `6i`, `4x`, `5s`.
    public var code: String
    /// What it is: a field name (dotted for nested fields), `padding`, or a note.
    public var label: String
  }

  /// The format string and its pieces.
  /// - Throws: `ExportError` for overlapping fields, for fields of both byte orders (a struct
  ///   format has one), and for object dtypes.
  public static func format(for dtype: DType) throws -> (format: String, pieces: [Piece]) {
    var scalars: [(offset: Int, dtype: DType, count: Int, label: String)] = []
    try flatten(dtype, offset: 0, label: "", into: &scalars)
    scalars.sort { $0.offset < $1.offset }
    var orders = Set<DType.ByteOrder>()
    var pieces: [Piece] = []
    var position = 0
    for scalar in scalars {
      if scalar.offset < position {
        throw ExportError.overlappingFields(
          field: scalar.label, offset: scalar.offset, previousEnd: position,
          format: .structFormat)
      }
      if scalar.offset > position {
        pieces.append(Piece(code: "\(scalar.offset - position)x", label: "padding"))
      }
      let (code, note) = try self.code(scalar.dtype, count: scalar.count)
      if scalar.dtype.byteOrder != .notApplicable && scalar.dtype.itemsize > 1
        && ![.bytes, .void].contains(scalar.dtype.kind)
      {
        orders.insert(scalar.dtype.byteOrder)
      }
      pieces.append(Piece(code: code, label: scalar.label + note))
      position = scalar.offset + scalar.dtype.itemsize * scalar.count
    }
    if dtype.itemsize > position {
      pieces.append(Piece(code: "\(dtype.itemsize - position)x", label: "padding"))
    }
    guard orders.count <= 1 else {
      throw ExportError.mixedByteOrder(dtype)
    }
    let order = orders.first.map { String($0.rawValue) } ?? "<"
    return (order + pieces.map(\.code).joined(), pieces)
  }

  private static func flatten(
    _ dtype: DType, offset: Int, label: String,
    into out: inout [(offset: Int, dtype: DType, count: Int, label: String)]
  ) throws {
    switch dtype.layout {
    case .structured(let fields, _):
      for field in fields {
        let name = label.isEmpty ? field.name : "\(label).\(field.name)"
        try flatten(field.dtype, offset: offset + field.offset, label: name, into: &out)
      }
    case .subarray(let base, let shape):
      let count = shape.reduce(1, *)
      if base.isStructured {
        for i in 0..<count {
          try flatten(base, offset: offset + i * base.itemsize, label: "\(label)[\(i)]", into: &out)
        }
      } else {
        out.append((offset, base, count, label.isEmpty ? "element" : label))
      }
    case .scalar:
      out.append((offset, dtype, 1, label.isEmpty ? "value" : label))
    }
  }

  private static func code(_ dtype: DType, count: Int) throws -> (String, String) {
    func repeated(_ letter: String, _ times: Int) -> String { times == 1 ? letter : "\(times)\(letter)" }
    let size = dtype.itemsize
    switch dtype.kind {
    case .bool: return (repeated("?", count), "")
    case .int, .uint:
      let letters: [Int: String] = [1: "b", 2: "h", 4: "i", 8: "q"]
      var letter = letters[size] ?? "q"
      if dtype.kind == .uint { letter = letter.uppercased() }
      return (repeated(letter, count), "")
    case .float:
      switch size {
      case 2: return (repeated("e", count), "")
      case 4: return (repeated("f", count), "")
      case 8: return (repeated("d", count), "")
      default:
        return (bytesCode(size, count), " (long double: raw bytes, struct has no code for it)")
      }
    case .complex:
      switch size {
      case 8: return (repeated("f", 2 * count), " (real, imag)")
      case 16: return (repeated("d", 2 * count), " (real, imag)")
      default: return (bytesCode(size, count), " (complex long double: raw bytes)")
      }
    case .bytes, .void: return (bytesCode(size, count), "")
    case .unicode:
      return (bytesCode(size, count), " (UTF-32: .decode('utf-32-le' or '-be'))")
    case .datetime, .timedelta:
      return (repeated("q", count), " (\(dtype.name) count)")
    case .object:
      throw ExportError.objectDType(dtype, format: .structFormat)
    }
  }

  /// `ns` per element: a repeat count before `s` means the length of one string.
  private static func bytesCode(_ size: Int, _ count: Int) -> String {
    String(repeating: "\(size)s", count: count)
  }
}
