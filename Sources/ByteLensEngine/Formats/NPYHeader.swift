/// The header of a `.npy` file: magic, version, and the Python dict literal that holds the
/// dtype (`descr`), the memory order (`fortran_order`) and the shape.
///
/// Read with our own literal parser (`PythonLiteral`), never evaluated or unpickled; written
/// byte for byte as `np.save` writes it (docs/numpy-behaviour.md §5).
public struct NPYHeader: Sendable, Equatable {
  /// `\x93NUMPY`.
  public static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]
  /// numpy's `_MAX_HEADER_SIZE`: longer headers are refused, as `np.load` does.
  public static let maximumHeaderCharacters = 10_000
  /// Data starts at a multiple of this (numpy's `ARRAY_ALIGN`).
  public static let alignment = 64

  public var major: UInt8
  public var minor: UInt8
  public var dtype: DType
  public var shape: [Int]
  /// Whether the data is stored column-major (`fortran_order: True`).
  public var fortranOrder: Bool
  /// The dict literal as stored, without the padding that follows it.
  public var text: String
  /// The byte at which the array data starts.
  public var dataOffset: Int

  public var versionText: String { "\(major).\(minor)" }

  /// Whether `prefix` (the first bytes of a file) starts with the `.npy` magic.
  public static func hasMagic(_ prefix: [UInt8]) -> Bool {
    prefix.count >= magic.count && Array(prefix[0..<magic.count]) == magic
  }

  // MARK: Reading

  /// Reads and checks the header at the start of `source`, as `np.load` does.
  /// - Throws: `NPYError` for every problem numpy detects: bad magic, an unsupported
  ///   version, a header that is cut short, too long, not a dict literal, with the wrong keys,
  ///   or with an invalid shape, `fortran_order` or `descr`; object dtypes are refused. Errors
  ///   reading the source itself propagate as they are.
  public static func read(from source: any ByteSource) throws -> NPYHeader {
    let name = source.name
    guard source.count >= 8 else {
      throw NPYError.tooShort(name: name, count: source.count)
    }
    let prefix = try source.bytes(in: 0..<min(source.count, 12))
    guard hasMagic(prefix) else {
      throw NPYError.notNPY(name: name, prefix: Array(prefix[0..<6]))
    }
    let major = prefix[6]
    let minor = prefix[7]
    guard [1, 2, 3].contains(major) && minor == 0 else {
      throw NPYError.unsupportedVersion(name: name, major: major, minor: minor)
    }
    let lengthSize = major == 1 ? 2 : 4
    let start = 8 + lengthSize
    guard source.count >= start else {
      throw NPYError.endsInHeaderLength(
        name: name, count: source.count, major: major, headerStart: start)
    }
    var length = 0
    for i in 0..<lengthSize { length |= Int(prefix[8 + i]) << (8 * i) }
    guard length <= source.count - start else {
      throw NPYError.headerCutShort(
        name: name, length: length, available: source.count - start, headerStart: start)
    }
    // Longer headers are refused before decoding; a character takes at least one byte
    // and UTF-8 at most four.
    guard length <= maximumHeaderCharacters * 4 + 64 else {
      throw NPYError.headerTooLong(name: name, .bytes(length))
    }
    let raw = try source.bytes(in: start..<(start + length))
    let text: String
    if major == 3 {
      guard let decoded = String(validating: raw, as: UTF8.self) else {
        throw NPYError.headerNotUTF8(name: name)
      }
      text = decoded
    } else {
      text = String(String.UnicodeScalarView(raw.map { Unicode.Scalar($0) }))
    }
    let characters = text.unicodeScalars.count
    guard characters <= maximumHeaderCharacters else {
      throw NPYError.headerTooLong(name: name, .characters(characters))
    }
    let (dtype, fortranOrder, shape) = try parse(text, allowPython2Longs: major < 3)
    let trimmed = text.trimmingTrailingPadding()
    return NPYHeader(
      major: major, minor: minor, dtype: dtype, shape: shape, fortranOrder: fortranOrder,
      text: trimmed, dataOffset: start + length)
  }

  /// Parses a header's dict literal and checks its values, as numpy's `_read_array_header`.
  /// - Parameter allowPython2Longs: accept `3L` (headers written by Python 2; versions 1 and 2).
  /// - Throws: `NPYError`.
  public static func parse(_ text: String, allowPython2Longs: Bool = true) throws
    -> (dtype: DType, fortranOrder: Bool, shape: [Int])
  {
    let literal: PythonLiteral
    do {
      // numpy reads the header with `ast.literal_eval`: no names, only literals.
      literal = try PythonLiteral.parse(text, allowsNames: false)
    } catch let first {
      guard allowPython2Longs, let filtered = text.removingPython2LongSuffixes(),
        let second = try? PythonLiteral.parse(filtered, allowsNames: false)
      else {
        throw NPYError.notALiteral(
          header: abbreviated(text.trimmingTrailingPadding()), first)
      }
      literal = second
    }
    guard case .dict(let entries) = literal else {
      throw NPYError.notADict(abbreviated(literal.pythonText))
    }
    // Python keeps the last of repeated keys.
    var table: [String: PythonLiteral] = [:]
    var keys: [String] = []
    var nonStringKey: PythonLiteral? = nil
    for (key, value) in entries {
      guard case .string(let name) = key else {
        nonStringKey = key
        continue
      }
      if table[name] == nil { keys.append(name) }
      table[name] = value
    }
    let expected = ["descr", "fortran_order", "shape"]
    if nonStringKey != nil || Set(keys) != Set(expected) {
      var all = keys.sorted().map(PythonLiteral.string)
      if let nonStringKey { all.append(nonStringKey) }
      throw NPYError.wrongKeys(all)
    }
    let shape = try shapeValue(table["shape"]!)
    guard case .bool(let fortranOrder) = table["fortran_order"]! else {
      throw NPYError.invalidFortranOrder(abbreviated(table["fortran_order"]!.pythonText))
    }
    let descr = table["descr"]!
    let dtype: DType
    do {
      dtype = try descrToDType(descr)
    } catch let problem as NPYError.DescrProblem {
      throw NPYError.invalidDescr(abbreviated(descr.pythonText), problem)
    }
    if dtype.hasObject {
      throw NPYError.objectArray(descr: abbreviated(descr.pythonText))
    }
    guard dtype.itemsize > 0 else {
      throw NPYError.zeroItemsize(dtype)
    }
    return (dtype, fortranOrder, shape)
  }

  /// A tuple of non-negative integers (Python's `bool` counts as an integer, as in numpy).
  private static func shapeValue(_ literal: PythonLiteral) throws -> [Int] {
    func invalid(_ problem: NPYError.ShapeProblem) -> NPYError {
      .invalidShape(abbreviated(literal.pythonText), problem)
    }
    guard case .tuple(let items) = literal else { throw invalid(.notATuple) }
    let dims = try items.map { item -> Int in
      switch item {
      case .bool(let flag): return flag ? 1 : 0
      case .integer(let digits):
        guard let value = Int(digits) else { throw invalid(.dimensionTooLarge(digits)) }
        guard value >= 0 else { throw invalid(.negativeDimension(value)) }
        return value
      default: throw invalid(.notAnInteger(item.pythonText))
      }
    }
    guard dims.count <= ArrayView.maximumDimensions else {
      throw invalid(.tooManyDimensions(dims.count))
    }
    return dims
  }

  /// numpy's `descr_to_dtype`: a typestring, a `(descr, shape)` tuple, or a list of fields in
  /// which unnamed void entries are padding; the fields keep their packed offsets.
  /// - Throws: `NPYError.DescrProblem`.
  public static func descrToDType(_ descr: PythonLiteral) throws -> DType {
    /// A dtype step whose `DTypeError` becomes a descr problem.
    func dtypeStep<T>(_ body: () throws -> T) throws -> T {
      do {
        return try body()
      } catch let error as DTypeError {
        throw NPYError.DescrProblem.dtype(error)
      }
    }
    switch descr {
    case .string(let text):
      return try dtypeStep { try DType.from(.string(text), aligned: false) }
    case .tuple(let items):
      guard items.count == 2 else {
        throw NPYError.DescrProblem.tupleNotDescrAndShape(count: items.count)
      }
      let base = try descrToDType(items[0])
      return try dtypeStep { try DType.subarray(base: base, shapeLiteral: items[1]) }
    case .list(let items):
      var fields: [DType.Field] = []
      var offset = 0
      var seen = Set<String>()
      for (index, item) in items.enumerated() {
        guard case .tuple(let parts) = item, parts.count == 2 || parts.count == 3 else {
          throw NPYError.DescrProblem.fieldNotATuple(
            index: index, abbreviated(item.pythonText))
        }
        var dtype = try descrToDType(parts[1])
        if parts.count == 3 {
          let base = dtype
          dtype = try dtypeStep { try DType.subarray(base: base, shapeLiteral: parts[2]) }
        }
        var title: String? = nil
        let name: String
        switch parts[0] {
        case .string(let text): name = text
        case .tuple(let pair) where pair.count == 2:
          guard case .string(let text) = pair[1] else {
            throw NPYError.DescrProblem.titledNameNotAString(index: index)
          }
          name = text
          if case .string(let t) = pair[0] { title = t } else { title = pair[0].pythonText }
        default:
          throw NPYError.DescrProblem.nameNotAString(index: index, parts[0].pythonText)
        }
        let isPadding = name.isEmpty && dtype.kind == .void && !dtype.isStructured
        if !isPadding {
          guard seen.insert(name).inserted else {
            throw NPYError.DescrProblem.duplicateField(name)
          }
          fields.append(DType.Field(name: name, title: title, dtype: dtype, offset: offset))
        }
        let end = offset
        offset = try dtypeStep { try checkedAdd(end, dtype.itemsize) }
      }
      return try dtypeStep {
        try DType.makeStructured(fields, itemsize: offset, aligned: false, alignment: 1)
      }
    default:
      throw NPYError.DescrProblem.notADescr(abbreviated(descr.pythonText))
    }
  }

  static func abbreviated(_ text: String) -> String {
    let limit = 120
    let flat = text.replacingNewlines()
    return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
  }

  // MARK: Writing

  /// The header `np.save` writes for an array of `dtype` and `shape`: version 1.0 unless the
  /// header needs more than 65535 bytes (2.0) or a field name is not Latin-1 (3.0); padded with
  /// spaces and a newline so the data starts at a multiple of 64, with numpy's room for growth.
  /// - Throws: `NPYError` for structured dtypes with overlapping or out-of-order fields,
  ///   which a descr cannot describe (numpy refuses them too), and for object dtypes.
  public static func encode(dtype: DType, shape: [Int], fortranOrder: Bool) throws -> [UInt8] {
    if dtype.hasObject {
      throw NPYError.cannotSaveObjects(dtype)
    }
    let descr: String
    // numpy saves fields laid over a base type as their record (dtype_to_descr).
    if dtype.hasFields {
      do {
        descr = try dtype.descr()
      } catch let error as DTypeError {
        throw NPYError.noDescr(error)
      }
    } else {
      descr = PythonRepr.string(dtype.str)
    }
    var text = "{'descr': \(descr), 'fortran_order': \(fortranOrder ? "True" : "False"), "
    text += "'shape': \(PythonRepr.tuple(shape)), }"
    if let growing = fortranOrder ? shape.last : shape.first {
      // numpy's GROWTH_AXIS_MAX_DIGITS: room to rewrite the shape in place.
      text += String(repeating: " ", count: max(0, 21 - String(growing).count))
    }
    let isLatin1 = text.unicodeScalars.allSatisfy { $0.value <= 0xFF }
    let body: [UInt8] =
      isLatin1 ? text.unicodeScalars.map { UInt8($0.value) } : Array(text.utf8)
    func wrapped(major: UInt8, lengthSize: Int) -> [UInt8]? {
      let headerLength = body.count + 1
      let padding = alignment - ((magic.count + 2 + lengthSize + headerLength) % alignment)
      let total = headerLength + padding
      if lengthSize == 2 && total > 0xFFFF { return nil }
      var out = magic + [major, 0]
      for i in 0..<lengthSize { out.append(UInt8(truncatingIfNeeded: total >> (8 * i))) }
      out += body
      out += [UInt8](repeating: 0x20, count: padding)
      out.append(0x0A)
      return out
    }
    if !isLatin1 { return wrapped(major: 3, lengthSize: 4)! }
    return wrapped(major: 1, lengthSize: 2) ?? wrapped(major: 2, lengthSize: 4)!
  }
}

extension String {
  /// The header text without the spaces and newline that pad it to 64 bytes.
  func trimmingTrailingPadding() -> String {
    var scalars = Substring(self).unicodeScalars
    while let last = scalars.last, last == " " || last == "\n" || last == "\r" || last == "\t" {
      scalars.removeLast()
    }
    return String(scalars)
  }

  /// Newlines shown as `\n`, so a header fits on one line of a message.
  func replacingNewlines() -> String {
    var out = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// numpy's `_filter_header`: drops the `L` after integers that Python 2 wrote (`(3L, 4L)`).
  /// Nil when there is no such suffix.
  func removingPython2LongSuffixes() -> String? {
    var out = String.UnicodeScalarView()
    var changed = false
    var previous: Unicode.Scalar? = nil
    var quote: Unicode.Scalar? = nil
    let scalars = Array(unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      if let open = quote {
        if scalar == open && previous != "\\" { quote = nil }
      } else if scalar == "'" || scalar == "\"" {
        quote = scalar
      } else if scalar == "L", let p = previous, ("0"..."9").contains(p) {
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        if !(next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "_") {
          changed = true
          previous = scalar
          continue
        }
      }
      out.append(scalar)
      previous = scalar
    }
    return changed ? String(out) : nil
  }
}
