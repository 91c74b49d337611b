extension DType {
  /// Parses any dtype spelling NumPy accepts, written as text (numpy-semantics.md §1):
  /// typestrings (`>f8`, `M8[5s]`), one-character codes, names, comma strings (`i4,(2,3)f8`),
  /// and Python literals for the list, dict and tuple forms (`[('id','<i4'),('flag','?')]`).
  /// A quoted string (`'<i4'`) is the same as the bare text.
  ///
  /// `aligned` is NumPy's `align=True`.
  /// - Throws: `DTypeError` saying what is wrong.
  public static func parse(_ text: String, aligned: Bool = false) throws -> DType {
    let trimmed = text.trimmingSpaces()
    guard !trimmed.isEmpty else { throw DTypeError.missing }
    if let first = trimmed.first, "[{'\"".contains(first) || isTupleLiteral(trimmed) {
      return try from(try parsedLiteral(trimmed), aligned: aligned)
    }
    return try fromString(trimmed, aligned: aligned)
  }

  /// `text` parsed as a Python literal, its syntax errors wrapped as `DTypeError.literal`.
  private static func parsedLiteral(_ text: String) throws -> PythonLiteral {
    do {
      return try PythonLiteral.parse(text)
    } catch {
      throw DTypeError.literal(error)
    }
  }

  /// `('i4', (2,))` is a Python tuple; `(2,3)i4` is a comma string.
  private static func isTupleLiteral(_ text: String) -> Bool {
    guard text.first == "(" else { return false }
    let rest = text.dropFirst().drop { $0 == " " }
    guard let next = rest.first else { return false }
    return next == "'" || next == "\"" || next == "[" || next == "{"
      || (next == "(" && text.last == ")")
  }

  /// Builds a dtype from a parsed Python object, as `np.dtype(obj, align=aligned)` does.
  static func from(_ literal: PythonLiteral, aligned: Bool) throws -> DType {
    switch literal {
    case .string(let text):
      return try fromString(text, aligned: aligned)
    case .name(let word):
      return try fromString(word, aligned: aligned)
    case .list(let items):
      return try fromFieldList(items, aligned: aligned)
    case .dict(let entries):
      return try fromDict(entries, aligned: aligned)
    case .tuple(let items):
      guard items.count == 2 else { throw DTypeError.tupleNotBaseAndShape(count: items.count) }
      let base = try from(items[0], aligned: aligned)
      switch items[1] {
      case .list, .dict:
        return try overlaid(base: base, new: try from(items[1], aligned: aligned))
      case .string, .name:
        // numpy reads a second item it cannot take as a dtype as a (bad) shape.
        guard let new = try? from(items[1], aligned: aligned) else {
          return try subarray(base: base, shapeLiteral: items[1])
        }
        return try overlaid(base: base, new: new)
      case .tuple(let inner) where inner.count == 2 && !isShapeLiteral(inner[0]):
        return try overlaid(base: base, new: try from(items[1], aligned: aligned))
      default:
        return try subarray(base: base, shapeLiteral: items[1])
      }
    default:
      throw DTypeError.notADataType(literal)
    }
  }

  /// numpy's `(base, new)` (`_use_inherit`): `new`'s fields laid over the scalar type `base`,
  /// `dtype((numpy.int64, [('a', '<i4'), ('b', '<i4')]))`. A void or record `base` gives
  /// `new` itself; a `new` without fields gives `base`; a sizeless `S`/`U`/`V` base takes
  /// `new`'s size; otherwise the sizes must agree, as numpy checks.
  static func overlaid(base: DType, new: DType) throws -> DType {
    var result = base
    if base.itemsize == 0 && [.bytes, .unicode, .void].contains(base.kind) {
      let size = base.kind == .unicode ? new.itemsize / 4 * 4 : new.itemsize
      result = scalar(base.kind, itemsize: size, byteOrder: base.byteOrder)
    }
    guard result.itemsize == new.itemsize else {
      throw DTypeError.baseAndNewSizesDiffer(base: base, new: new)
    }
    if base.kind == .void { return new }
    result.overlaidFields = new.fields
    return result
  }

  /// Whether a literal reads as a subarray shape: an integer or a tuple/list of them.
  private static func isShapeLiteral(_ literal: PythonLiteral) -> Bool {
    switch literal {
    case .integer: return true
    case .tuple(let dims), .list(let dims): return dims.allSatisfy { if case .integer = $0 { return true }; return false }
    default: return false
    }
  }

  /// `(base, shape)`; also `(flexible, size)` such as `('U', 10)`.
  static func subarray(base: DType, shapeLiteral: PythonLiteral) throws -> DType {
    if case .integer = shapeLiteral, base.itemsize == 0,
      [.bytes, .unicode, .void].contains(base.kind), let size = shapeLiteral.intValue, size >= 0
    {
      let itemsize = base.kind == .unicode ? try checkedMultiply(size, 4) : size
      return scalar(base.kind, itemsize: itemsize, byteOrder: base.byteOrder)
    }
    let shape: [Int]
    switch shapeLiteral {
    case .integer: shape = [try dimension(shapeLiteral)]
    case .tuple(let dims), .list(let dims): shape = try dims.map(dimension)
    default:
      throw DTypeError.invalidSubarrayShape(.notAShape(shapeLiteral))
    }
    return try subarray(base: base, shape: shape)
  }

  private static func dimension(_ literal: PythonLiteral) throws -> Int {
    guard let value = literal.intValue else {
      throw DTypeError.invalidSubarrayShape(.notADimension(literal))
    }
    guard value >= 0 else {
      throw DTypeError.invalidSubarrayShape(.negativeDimension(value))
    }
    return value
  }

  /// A subarray of `shape` elements of `base`; an empty shape gives `base` itself.
  public static func subarray(base: DType, shape: [Int]) throws -> DType {
    if shape.isEmpty { return base }
    var count = 1
    for dim in shape { count = try checkedMultiply(count, dim) }
    // A subarray of a subarray flattens into one, as in NumPy.
    if let inner = base.subarray {
      return try subarray(base: inner.base, shape: shape + inner.shape)
    }
    let itemsize = try checkedMultiply(count, base.itemsize)
    guard itemsize <= Int(Int32.max) else {
      throw DTypeError.invalidSubarrayShape(.tooLarge(itemsize: itemsize))
    }
    return DType(
      kind: .void, byteOrder: .notApplicable, itemsize: itemsize, alignment: base.alignment,
      layout: .subarray(base: base, shape: shape))
  }

  // MARK: Strings

  static func fromString(_ text: String, aligned: Bool) throws -> DType {
    var text = text
    for prefix in ["numpy.", "np."] where text.hasPrefix(prefix) {
      text.removeFirst(prefix.count)
    }
    if isCommaString(text) {
      return try fromCommaString(text, aligned: aligned)
    }
    return try fromTypeString(text)
  }

  /// NumPy's `_check_for_commastring`.
  static func isCommaString(_ text: String) -> Bool {
    let c = Array(text)
    guard let first = c.first else { return false }
    if first.isASCII && first.isNumber { return true }
    if c.count > 1, "<>|=".contains(first), c[1].isASCII && c[1].isNumber { return true }
    if c.count > 1, first == "(", c[1] == ")" { return true }
    if c.count > 3, "<>|=".contains(first), c[1] == "(", c[2] == ")" { return true }
    var depth = 0
    for ch in c {
      switch ch {
      case ",": if depth == 0 { return true }
      case "[": depth += 1
      case "]": depth -= 1
      default: break
      }
    }
    return false
  }

  /// A typestring, one-character code or name: `>i4`, `d`, `float32`, `M8[ms]`, `datetime64[D]`.
  static func fromTypeString(_ original: String) throws -> DType {
    if removedAliases.contains(original) { throw DTypeError.removedAlias(original) }
    if let named = typeNames[original] { return named }
    var text = Substring(original)
    var order: ByteOrder? = nil
    if let first = text.first, "<>|=".contains(first) {
      switch first {
      case "<": order = .little
      case ">": order = .big
      default: order = nil
      }
      text = text.dropFirst()
    }
    // datetime64[unit] / timedelta64[unit] names, with or without an order character.
    for (name, kind) in [("datetime64", Kind.datetime), ("timedelta64", Kind.timedelta)]
    where text == name || text.hasPrefix(name + "[") {
      let rest = text.dropFirst(name.count)
      let unit = rest.isEmpty ? nil : try parseTimeUnit(rest, in: original)
      return scalar(kind, itemsize: 8, byteOrder: order ?? .native, timeUnit: unit)
    }
    guard let kindChar = text.first else { throw notUnderstood(original) }
    let rest = text.dropFirst()
    if rest.isEmpty {
      guard var code = typeCodes[kindChar] else { throw notUnderstood(original) }
      if let order, code.byteOrder != .notApplicable { code.byteOrder = order }
      return code
    }
    // Kind letter, digits, optional [unit].
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    let after = rest.dropFirst(digits.count)
    guard let kind = typestringKind(kindChar) else { throw notUnderstood(original) }
    guard !digits.isEmpty || after.first == "[" else { throw notUnderstood(original) }
    let size = digits.isEmpty ? 8 : Int(digits)
    // NumPy keeps an itemsize in a C int: `U` counts 4-byte characters.
    guard let size, size <= Int(Int32.max) / (kind == .unicode ? 4 : 1) else {
      throw DTypeError.sizeTooLarge(original)
    }
    if kind == .datetime || kind == .timedelta {
      guard size == 8 else { throw badSize(original, kind: kind, size: size) }
      let unit = after.isEmpty ? nil : try parseTimeUnit(after, in: original)
      return scalar(kind, itemsize: 8, byteOrder: order ?? .native, timeUnit: unit)
    }
    guard after.isEmpty else { throw notUnderstood(original) }
    if kindChar == "b", size != 1 { throw badSize(original, kind: .bool, size: size) }
    if kind == .object { return scalar(.object, itemsize: 8) }
    if let valid = validSizes(kind), !valid.contains(size) {
      throw badSize(original, kind: kind, size: size)
    }
    let itemsize = kind == .unicode ? try checkedMultiply(size, 4) : size
    return scalar(kind, itemsize: itemsize, byteOrder: order ?? .native)
  }

  private static func typestringKind(_ c: Character) -> Kind? {
    switch c {
    case "b": return .bool
    case "i": return .int
    case "u": return .uint
    case "f": return .float
    case "c": return .complex
    case "S", "a": return .bytes
    case "U": return .unicode
    case "V": return .void
    case "M": return .datetime
    case "m": return .timedelta
    case "O": return .object
    default: return nil
    }
  }

  /// The spelling refused, with the known name it most likely meant: one that differs only
  /// in case, else the nearest by edit distance.
  static func notUnderstood(_ text: String) -> DTypeError {
    let candidates = Array(typeNames.keys) + ["f8", "i4", "u1", "c16", "M8[ns]"]
    let lowered = text.lowercased()
    let suggestion =
      candidates.first(where: { $0.lowercased() == lowered })
      ?? closestName(to: text, among: candidates)
    return .notUnderstood(text, suggestion: suggestion)
  }

  /// A size that `kind` does not come in, with the typestrings of the nearest valid sizes
  /// (in the byte order written, `<` if none; `|` for one byte).
  private static func badSize(_ text: String, kind: Kind, size: Int) -> DTypeError {
    let letter = kind == .bool ? "b" : String(kind.rawValue)
    let valid = validSizes(kind) ?? []
    let lower = valid.last { $0 < size }
    let upper = valid.first { $0 > size }
    let order = text.first.map { "<>|=".contains($0) } == true ? String(text.first!) : "<"
    let nearest = [lower, upper].compactMap { $0 }.map { "\($0 == 1 ? "|" : order)\(letter)\($0)" }
    return .noSuchSize(text, kind: kind, size: size, nearest: nearest)
  }

  /// `[s]`, `[5s]`, `[s/2]` (→ `[500ms]`), `[generic]`.
  static func parseTimeUnit(_ bracketed: Substring, in original: String) throws -> TimeUnit? {
    guard bracketed.first == "[", bracketed.last == "]" else { throw notUnderstood(original) }
    let inner = bracketed.dropFirst().dropLast()
    if inner == "generic" { return nil }
    var body = inner
    var divisor = 1
    if let slash = inner.firstIndex(of: "/") {
      guard let d = Int(inner[inner.index(after: slash)...]), d > 0 else {
        throw DTypeError.invalidTimeUnit(original, .invalidDivisor)
      }
      divisor = d
      body = inner[..<slash]
    }
    // The count is read as C's strtol reads it (blanks and a sign first: `[ 5s]`, `[+5s]`)
    // and must fit a C int; `μs` (Greek mu) is `us`.
    let signed = body.drop { $0 == " " || ("\t"..."\r").contains($0) }
    let unsigned = signed.first == "+" || signed.first == "-" ? signed.dropFirst() : signed
    let digits = unsigned.prefix { $0.isASCII && $0.isNumber }
    var count = 1
    var unitText = body
    if !digits.isEmpty {
      guard signed.first != "-", let value = Int(digits), value <= Int(Int32.max) else {
        throw DTypeError.invalidTimeUnit(original, .countOutOfRange)
      }
      count = value
      unitText = unsigned.dropFirst(digits.count)
    }
    let unitName = unitText == "\u{03BC}s" ? "us" : String(unitText)
    guard count > 0, let base = TimeUnit.Base(rawValue: unitName) else {
      throw DTypeError.invalidTimeUnit(original, .unknownUnit)
    }
    if divisor == 1 { return TimeUnit(base, count: count) }
    // NumPy moves to a finer unit until the division is exact.
    var unit = TimeUnit(base, count: count)
    while unit.count % divisor != 0 {
      guard let finer = unit.base.finer else {
        throw DTypeError.invalidTimeUnit(original, .inexactDivision(divisor: divisor))
      }
      let (product, overflow) = unit.count.multipliedReportingOverflow(by: finer.factor)
      guard !overflow else { throw DTypeError.invalidTimeUnit(original, .tooFine) }
      unit = TimeUnit(finer.base, count: product)
    }
    return TimeUnit(unit.base, count: unit.count / divisor)
  }

  // MARK: Comma strings

  /// NumPy's `_commastring`: `i4,f8`, `2i4`, `(2,3)f8,>u2`.
  static func fromCommaString(_ text: String, aligned: Bool) throws -> DType {
    let chars = Array(text)
    var position = 0
    var items: [(dtype: DType, shape: [Int]?)] = []
    var isList = false
    func fail() -> DTypeError {
      .commaStringItemNotRecognized(text, number: items.count + 1)
    }
    while position < chars.count {
      // [order1][repeats][order2]dtype
      var order1: Character? = nil
      if "<>|=".contains(chars[position]) {
        order1 = chars[position]
        position += 1
      }
      let repeatStart = position
      while position < chars.count, chars[position] == " " { position += 1 }
      if position < chars.count, chars[position] == "(" { position += 1 }
      while position < chars.count,
        chars[position] == " " || chars[position] == ","
          || chars[position].isASCII && chars[position].isNumber
      {
        position += 1
      }
      if position < chars.count, chars[position] == ")" { position += 1 }
      while position < chars.count, chars[position] == " " { position += 1 }
      var repeats = String(chars[repeatStart..<position])
      var order2: Character? = nil
      if position < chars.count, "<>|=".contains(chars[position]) {
        order2 = chars[position]
        position += 1
      }
      let nameStart = position
      while position < chars.count,
        chars[position].isASCII && (chars[position].isLetter || chars[position].isNumber)
          || chars[position] == "." || chars[position] == "?" || chars[position] == "_"
      {
        position += 1
      }
      if position < chars.count, chars[position] == "[" {
        guard let close = chars[position...].firstIndex(of: "]") else { throw fail() }
        position = close + 1
      }
      var name = String(chars[nameStart..<position])
      // The regex's repeats group swallows digits that belong to a bare size like "2" alone.
      if name.isEmpty && repeats.trimmingSpaces().isEmpty { throw notUnderstood("") }
      if position < chars.count {
        if chars[position...].allSatisfy({ $0 == " " }) {
          position = chars.count
        } else {
          while position < chars.count, chars[position] == " " { position += 1 }
          guard position < chars.count, chars[position] == "," else { throw fail() }
          position += 1
          while position < chars.count, chars[position] == " " { position += 1 }
          isList = true
        }
      }
      let order: Character?
      switch (order1, order2) {
      case (nil, let o): order = o
      case (let o, nil): order = o
      case (let a?, let b?):
        guard a == b || (normalOrder(a) == normalOrder(b)) else {
          throw DTypeError.inconsistentByteOrder(a, b)
        }
        order = a
      }
      // As in NumPy, only a non-native order survives into the item's spelling.
      if let order, normalOrder(order) != ByteOrder.native.rawValue {
        name = String(order) + name
      }
      guard !name.isEmpty else { throw notUnderstood("") }
      let base = try fromTypeString(name)
      repeats = repeats.trimmingSpaces()
      if repeats.isEmpty {
        items.append((base, nil))
      } else {
        // numpy reads the repeats with ast.literal_eval, where `2,3` is the tuple (2, 3).
        let literal: PythonLiteral
        if repeats.first != "(" && repeats.contains(",") {
          guard let tuple = try? PythonLiteral.parse("(" + repeats + ")") else { throw fail() }
          literal = tuple
        } else {
          literal = try parsedLiteral(repeats)
        }
        switch literal {
        case .integer:
          items.append((base, [try dimension(literal)]))
        case .tuple(let dims):
          items.append((base, try dims.map(dimension)))
        default:
          throw fail()
        }
      }
    }
    if !isList {
      guard let only = items.first else { throw notUnderstood(text) }
      return try subarray(base: only.dtype, shape: only.shape ?? [])
    }
    var fields: [(name: String, title: String?, dtype: DType)] = []
    for (index, item) in items.enumerated() {
      fields.append(("f\(index)", nil, try subarray(base: item.dtype, shape: item.shape ?? [])))
    }
    return try structured(fields, aligned: aligned)
  }

  private static func normalOrder(_ c: Character) -> Character {
    switch c {
    case "=", "|": return ByteOrder.native.rawValue
    default: return c
    }
  }

  // MARK: Structured forms

  /// `[(name, format), (name, format, shape), ((title, name), format)]`.
  static func fromFieldList(_ items: [PythonLiteral], aligned: Bool) throws -> DType {
    var fields: [(name: String, title: String?, dtype: DType)] = []
    for (index, item) in items.enumerated() {
      guard case .tuple(let parts) = item, parts.count == 2 || parts.count == 3 else {
        throw DTypeError.invalidField(index: index, .notATuple(item))
      }
      var name: String
      var title: String? = nil
      switch parts[0] {
      case .string(let text): name = text
      case .tuple(let pair) where pair.count == 2:
        guard case .string(let n) = pair[1] else {
          throw DTypeError.invalidField(index: index, .titledNameNotAString)
        }
        name = n
        switch pair[0] {
        case .string(let t): title = t
        default: title = pair[0].pythonText
        }
      default:
        throw DTypeError.invalidField(index: index, .nameNotAString(parts[0]))
      }
      if name.isEmpty {
        if let title {
          throw DTypeError.invalidField(index: index, .titleWithoutName(title: title))
        }
        name = "f\(index)"
      }
      var dtype = try from(parts[1], aligned: aligned)
      if parts.count == 3 { dtype = try subarray(base: dtype, shapeLiteral: parts[2]) }
      fields.append((name, title, dtype))
    }
    return try structured(fields, aligned: aligned)
  }

  /// Lays out fields one after another (packed), or at aligned offsets when `aligned`.
  public static func structured(
    _ fields: [(name: String, title: String?, dtype: DType)], aligned: Bool
  ) throws -> DType {
    var offset = 0
    var maxAlignment = 1
    var laid: [Field] = []
    for field in fields {
      if aligned {
        offset = roundUp(offset, to: field.dtype.alignment)
        maxAlignment = max(maxAlignment, field.dtype.alignment)
      }
      laid.append(Field(name: field.name, title: field.title, dtype: field.dtype, offset: offset))
      offset = try checkedAdd(offset, field.dtype.itemsize)
    }
    let itemsize = aligned ? roundUp(offset, to: maxAlignment) : offset
    return try makeStructured(laid, itemsize: itemsize, aligned: aligned, alignment: maxAlignment)
  }

  static func makeStructured(
    _ fields: [Field], itemsize: Int, aligned: Bool, alignment: Int
  ) throws -> DType {
    var seen = Set<String>()
    for field in fields {
      guard seen.insert(field.name).inserted else {
        throw DTypeError.duplicateFieldName(field.name)
      }
      if let title = field.title {
        guard seen.insert(title).inserted else {
          throw DTypeError.duplicateTitle(title)
        }
      }
    }
    guard itemsize <= Int(Int32.max) else {
      throw DTypeError.structuredTooLarge(itemsize: itemsize)
    }
    return DType(
      kind: .void, byteOrder: .notApplicable, itemsize: itemsize,
      alignment: aligned ? alignment : 1, layout: .structured(fields: fields, isAligned: aligned))
  }

  /// The items of a Python sequence as numpy reads a dict entry: a list, a tuple, or a
  /// string's characters; nil for anything else.
  static func sequenceItems(_ value: PythonLiteral?) -> [PythonLiteral]? {
    switch value {
    case .list(let items)?, .tuple(let items)?: return items
    case .string(let text)?: return text.map { .string(String($0)) }
    default: return nil
    }
  }

  /// `{'names': [...], 'formats': [...], 'offsets': [...], 'titles': [...], 'itemsize': N}`,
  /// or the older `{name: (format, offset[, title])}` form.
  static func fromDict(
    _ entries: [(key: PythonLiteral, value: PythonLiteral)], aligned: Bool
  ) throws -> DType {
    var table: [String: PythonLiteral] = [:]
    for entry in entries {
      guard case .string(let key) = entry.key else {
        throw DTypeError.invalidDict(.keyNotAString(entry.key))
      }
      table[key] = entry.value
    }
    guard table["names"] != nil || table["formats"] != nil else {
      return try fromFieldsDict(entries, aligned: aligned)
    }
    // numpy ignores keys it does not know, takes any sequence (a list, a tuple, a string's
    // characters) and ignores entries of formats, offsets and titles past the names.
    guard let names = sequenceItems(table["names"]), let allFormats = sequenceItems(table["formats"])
    else {
      throw DTypeError.invalidDict(.missingNamesOrFormats)
    }
    guard names.count <= allFormats.count else {
      throw DTypeError.invalidDict(.countMismatch(names: names.count, formats: allFormats.count))
    }
    let formats = Array(allFormats.prefix(names.count))
    var isAligned = aligned
    if case .bool(let flag)? = table["aligned"] { isAligned = isAligned || flag }
    var offsets: [Int]? = nil
    if let list = table["offsets"] {
      guard let all = sequenceItems(list), all.count >= names.count else {
        throw DTypeError.invalidDict(.offsetsNotOnePerName)
      }
      offsets = try all.prefix(names.count).map {
        guard let v = $0.intValue, v >= 0 else {
          throw DTypeError.invalidDict(.invalidOffset($0))
        }
        return v
      }
    }
    var titles: [String?] = Array(repeating: nil, count: names.count)
    if let list = table["titles"] {
      guard let all = sequenceItems(list), all.count >= names.count else {
        throw DTypeError.invalidDict(.titlesNotOnePerName)
      }
      titles = all.prefix(names.count).map {
        if case .string(let t) = $0 { return t }
        if case .none = $0 { return nil }
        return $0.pythonText
      }
    }
    var fields: [(name: String, title: String?, dtype: DType)] = []
    for (index, nameLiteral) in names.enumerated() {
      guard case .string(var name) = nameLiteral else {
        throw DTypeError.invalidDict(.nameNotAString(nameLiteral))
      }
      if name.isEmpty { name = "f\(index)" }
      fields.append((name, titles[index], try from(formats[index], aligned: isAligned)))
    }
    var requested: Int? = nil
    if let size = table["itemsize"] {
      guard let value = size.intValue, value >= 0 else {
        throw DTypeError.invalidDict(.invalidItemsize(size))
      }
      requested = value
    }
    guard let offsets else {
      let packed = try structured(fields, aligned: isAligned)
      return try resized(packed, to: requested)
    }
    var laid: [Field] = []
    var end = 0
    var maxAlignment = 1
    for (field, offset) in zip(fields, offsets) {
      if isAligned {
        guard offset % field.dtype.alignment == 0 else {
          throw DTypeError.invalidDict(
            .misalignedOffset(offset, field: field.name, alignment: field.dtype.alignment))
        }
        maxAlignment = max(maxAlignment, field.dtype.alignment)
      }
      laid.append(Field(name: field.name, title: field.title, dtype: field.dtype, offset: offset))
      end = max(end, try checkedAdd(offset, field.dtype.itemsize))
    }
    var itemsize = isAligned ? roundUp(end, to: maxAlignment) : end
    if let requested {
      guard requested >= end else {
        throw DTypeError.invalidDict(.itemsizeTooSmall(requested, needed: end))
      }
      if isAligned, requested % maxAlignment != 0 {
        throw DTypeError.invalidDict(.misalignedItemsize(requested, alignment: maxAlignment))
      }
      itemsize = requested
    }
    return try makeStructured(laid, itemsize: itemsize, aligned: isAligned, alignment: maxAlignment)
  }

  private static func resized(_ dtype: DType, to requested: Int?) throws -> DType {
    guard let requested, requested != dtype.itemsize else { return dtype }
    guard requested > dtype.itemsize else {
      throw DTypeError.invalidDict(.itemsizeTooSmall(requested, needed: dtype.itemsize))
    }
    var copy = dtype
    copy.itemsize = requested
    return copy
  }

  /// `{'a': ('<i4', 0), 'b': ('<f8', 8, 'title')}`, fields ordered by offset.
  private static func fromFieldsDict(
    _ entries: [(key: PythonLiteral, value: PythonLiteral)], aligned: Bool
  ) throws -> DType {
    var laid: [Field] = []
    var end = 0
    for entry in entries {
      guard case .string(let name) = entry.key,
        case .tuple(let parts) = entry.value, parts.count == 2 || parts.count == 3,
        let offset = parts[1].intValue, offset >= 0
      else {
        throw DTypeError.invalidDict(.invalidEntry)
      }
      let dtype = try from(parts[0], aligned: aligned)
      var title: String? = nil
      if parts.count == 3, case .string(let t) = parts[2] { title = t }
      laid.append(Field(name: name, title: title, dtype: dtype, offset: offset))
      end = max(end, try checkedAdd(offset, dtype.itemsize))
    }
    laid.sort { $0.offset < $1.offset }
    return try makeStructured(laid, itemsize: end, aligned: false, alignment: 1)
  }
}

extension TimeUnit.Base {
  /// The next finer unit and how many of it make one of this.
  var finer: (base: TimeUnit.Base, factor: Int)? {
    switch self {
    case .Y: return (.M, 12)
    case .M: return nil
    case .W: return (.D, 7)
    case .D: return (.h, 24)
    case .h: return (.m, 60)
    case .m: return (.s, 60)
    case .s: return (.ms, 1000)
    case .ms: return (.us, 1000)
    case .us: return (.ns, 1000)
    case .ns: return (.ps, 1000)
    case .ps: return (.fs, 1000)
    case .fs: return (.as, 1000)
    case .as: return nil
    }
  }
}

func roundUp(_ value: Int, to alignment: Int) -> Int {
  alignment <= 1 ? value : (value + alignment - 1) / alignment * alignment
}

func checkedMultiply(_ a: Int, _ b: Int) throws -> Int {
  let (result, overflow) = a.multipliedReportingOverflow(by: b)
  guard !overflow else { throw DTypeError.sizeOverflows(a, b) }
  return result
}

func checkedAdd(_ a: Int, _ b: Int) throws -> Int {
  let (result, overflow) = a.addingReportingOverflow(b)
  guard !overflow else { throw DTypeError.offsetOverflows(a, b) }
  return result
}

/// The candidate nearest to `word` by edit distance, if it is close enough to be a likely typo.
public func closestName(to word: String, among candidates: [String]) -> String? {
  let target = Array(word.lowercased())
  let allowed = max(1, target.count / 3)
  var best: (name: String, distance: Int)? = nil
  for candidate in candidates.sorted() {
    let other = Array(candidate.lowercased())
    // The distance is at least the difference in length: a long word (a megabyte of garbage)
    // is refused without the quadratic comparison.
    guard abs(target.count - other.count) <= allowed else { continue }
    let distance = editDistance(target, other)
    if distance <= allowed, distance < (best?.distance ?? .max) {
      best = (candidate, distance)
    }
  }
  return best?.name
}

func editDistance(_ a: [Character], _ b: [Character]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  for i in 1...a.count {
    var row = [i] + Array(repeating: 0, count: b.count)
    for j in 1...b.count {
      row[j] = min(
        previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.count]
}

extension String {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
