/// A dtype as C declarations that lay the bytes out the same way: a struct for a structured
/// dtype, with a member for every gap (`uint8_t _pad0[4];`) and `_Static_assert`s on
/// `sizeof` and every `offsetof`, so a compiler checks the layout; an array declaration for a
/// plain dtype.
///
/// C inserts its own padding before a member whose offset is not a multiple of its alignment;
/// when the dtype's layout has such a member (a packed numpy struct), the struct is marked
/// `__attribute__((packed))` (GCC, Clang). Types C lacks are spelled by size: float16 as
/// `uint16_t`, `U` as `uint32_t` code units, complex as two-element arrays; long double is
/// the x87 80-bit type in 16 bytes, as numpy's `f16` on x86-64 Linux. Fields stored in the
/// other byte order get a comment saying so; C has no way to declare it.
public enum CDeclarationExport {
  /// The declarations for a view of `dtype` and `shape`; `name` names the struct (and the
  /// array, for plain dtypes).
  /// - Throws: `ExportError` for overlapping fields (a struct cannot hold them) and object
  ///   dtypes.
  public static func text(for dtype: DType, shape: [Int], name: String = "record") throws
    -> String
  {
    var writer = Writer()
    if dtype.isStructured {
      _ = try writer.structure(dtype, name: identifier(name))
      writer.lines.append("")
      let dims = shape.map { "[\($0)]" }.joined()
      writer.lines.append(
        "/* \(ArrayViewDescription.shape(shape)) of these: struct \(identifier(name)) data\(dims); */")
    } else {
      let (type, note, _) = try cType(dtype)
      if dtype.kind == .bool { writer.usesBool = true }
      let dims = shape.map { "[\($0)]" }.joined()
      let array = identifier(name == "record" ? "data" : name)
      var comment = "'\(dtype.str)', shape \(PythonRepr.tuple(shape)), C order (tobytes())"
      if !note.isEmpty { comment += "; \(note)" }
      let (base, suffix) = split(type)
      writer.lines.append("\(base) \(array)\(dims)\(suffix);  /* \(comment) */")
      let total = shape.reduce(dtype.itemsize, *)
      writer.lines.append("")
      writer.lines.append("_Static_assert(sizeof(\(array)) == \(total), \"nbytes\");")
    }
    var header = ["#include <stddef.h>", "#include <stdint.h>"]
    if writer.usesBool { header.append("#include <stdbool.h>") }
    return (header + [""] + writer.lines).joined(separator: "\n") + "\n"
  }

  /// A member type may carry an array suffix: `float[2]` → (`float`, `[2]`).
  static func split(_ type: String) -> (String, String) {
    guard let bracket = type.firstIndex(of: "[") else { return (type, "") }
    return (String(type[..<bracket]), String(type[bracket...]))
  }

  struct Writer {
    var lines: [String] = []
    var usesBool = false
    var usedNames = Set<String>()

    /// Writes `struct name { … };` and its asserts (nested structs first); returns its C
    /// alignment.
    mutating func structure(_ dtype: DType, name: String) throws -> Int {
      let fields = dtype.fields.sorted { $0.offset < $1.offset }
      var members: [(declaration: String, name: String?, offset: Int, size: Int, alignment: Int)] = []
      var position = 0
      var padCount = 0
      var memberNames = Set<String>()
      var maxAlignment = 1
      for field in fields {
        if field.offset < position {
          throw ExportError.overlappingFields(
            field: field.name, offset: field.offset, previousEnd: position, format: .cDeclaration)
        }
        if field.offset > position {
          members.append(
            ("uint8_t _pad\(padCount)[\(field.offset - position)];  /* padding */", nil, position,
             field.offset - position, 1))
          padCount += 1
        }
        var member = CDeclarationExport.identifier(field.name)
        while !memberNames.insert(member).inserted { member += "_" }
        var base = field.dtype
        var dims: [Int] = []
        if let (inner, shape) = field.dtype.subarray {
          base = inner
          dims = shape
        }
        let type: String
        var comment = "'\(base.str)'"
        let alignment: Int
        if base.isStructured {
          var structName = CDeclarationExport.identifier("\(name)_\(member)")
          while !usedNames.insert(structName).inserted { structName += "_" }
          alignment = try structure(base, name: structName)
          lines.append("")
          type = "struct \(structName)"
          comment = "a struct of \(base.itemsize) bytes"
        } else {
          let (cType, note, cAlignment) = try CDeclarationExport.cType(base)
          if base.kind == .bool { usesBool = true }
          type = cType
          alignment = cAlignment
          if !note.isEmpty { comment += ", \(note)" }
        }
        if !dims.isEmpty { comment += ", shape \(PythonRepr.tuple(dims))" }
        if member != field.name { comment += ", field \(PythonRepr.string(field.name))" }
        if let title = field.title { comment += ", title \(PythonRepr.string(title))" }
        comment += " at \(field.offset)"
        let (typeBase, typeSuffix) = CDeclarationExport.split(type)
        let declaration =
          "\(typeBase) \(member)\(dims.map { "[\($0)]" }.joined())\(typeSuffix);  /* \(comment) */"
        members.append((declaration, member, field.offset, field.dtype.itemsize, alignment))
        maxAlignment = max(maxAlignment, alignment)
        position = field.offset + field.dtype.itemsize
      }
      if dtype.itemsize > position {
        members.append(
          ("uint8_t _pad\(padCount)[\(dtype.itemsize - position)];  /* padding */", nil, position,
           dtype.itemsize - position, 1))
      }
      let natural =
        members.allSatisfy { $0.offset % $0.alignment == 0 } && dtype.itemsize % maxAlignment == 0
      lines.append("struct \(name) {")
      for member in members { lines.append("  " + member.declaration) }
      lines.append(natural ? "};" : "} __attribute__((packed));")
      lines.append("_Static_assert(sizeof(struct \(name)) == \(dtype.itemsize), \"itemsize\");")
      for member in members {
        guard let memberName = member.name else { continue }
        lines.append(
          "_Static_assert(offsetof(struct \(name), \(memberName)) == \(member.offset), "
            + "\"offset of \(memberName)\");")
      }
      return natural ? maxAlignment : 1
    }
  }

  /// The C type for a scalar dtype, a note, and its alignment on x86-64.
  static func cType(_ dtype: DType) throws -> (type: String, note: String, alignment: Int) {
    var note = ""
    if dtype.byteOrder != .notApplicable && !dtype.isNative {
      note = "\(dtype.byteOrder == .big ? "big" : "little")-endian: swap the bytes to read it here"
    }
    func with(_ extra: String) -> String {
      note.isEmpty ? extra : extra.isEmpty ? note : "\(extra); \(note)"
    }
    let size = dtype.itemsize
    switch dtype.kind {
    case .bool: return ("bool", note, 1)
    case .int: return ("int\(size * 8)_t", note, size)
    case .uint: return ("uint\(size * 8)_t", note, size)
    case .float:
      switch size {
      case 2: return ("uint16_t", with("float16 bits (C has no portable half type)"), 2)
      case 4: return ("float", note, 4)
      case 8: return ("double", note, 8)
      default: return ("long double", with("x87 80-bit extended in 16 bytes"), 16)
      }
    case .complex:
      switch size {
      case 8: return ("float[2]", with("complex: real, imag"), 4)
      case 16: return ("double[2]", with("complex: real, imag"), 8)
      default: return ("long double[2]", with("complex: real, imag"), 16)
      }
    case .bytes: return ("char[\(size)]", note, 1)
    case .void: return ("uint8_t[\(size)]", note, 1)
    case .unicode: return ("uint32_t[\(size / 4)]", with("UTF-32 code units"), 4)
    case .datetime, .timedelta:
      return ("int64_t", with("\(dtype.name) count"), 8)
    case .object:
      throw ExportError.objectDType(dtype, format: .cDeclaration)
    }
  }

  static let keywords: Set<String> = [
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
    "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
    "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef",
    "union", "unsigned", "void", "volatile", "while", "bool", "true", "false", "_Bool",
    "_Complex", "_Imaginary", "_Alignas", "_Alignof", "_Atomic", "_Generic", "_Noreturn",
    "_Static_assert", "_Thread_local", "offsetof",
  ]

  /// A C identifier for a field name: other characters become `_`, a leading digit or a
  /// keyword gets an extra `_`.
  static func identifier(_ name: String) -> String {
    var out = String(name.unicodeScalars.map { scalar -> Character in
      scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
        ? Character(scalar) : "_"
    })
    if out.isEmpty { out = "field" }
    if let first = out.first, first.isNumber { out = "_" + out }
    if keywords.contains(out) { out += "_" }
    return out
  }
}

/// Shapes in comments.
enum ArrayViewDescription {
  static func shape(_ shape: [Int]) -> String {
    shape.isEmpty ? "one" : "shape \(PythonRepr.tuple(shape))"
  }
}
