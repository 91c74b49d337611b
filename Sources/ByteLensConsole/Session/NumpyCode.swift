import ByteLensEngine

/// Where a view's source bytes come from, as Python reaches them (`export numpy`).
enum SourceOrigin: Sendable, Equatable {
  /// A file read from disk: `np.fromfile(path, …)`.
  case file(String)
  /// Bytes held in memory (typed, pasted, built): written out as `bytes.fromhex(…)`.
  case memory
  /// A member of a zip archive, read raw with `zipfile`.
  case zipMember(archive: String, member: String)
  /// A stream read once (standard input, a pipe, a device): Python reads it again, up to
  /// `limit` bytes when the read stopped there.
  case stream(path: String, limit: Int?)

  /// How Python reaches what `path` opened as `source`.
  static func reading(_ source: any ByteSource, path: String) -> SourceOrigin {
    guard let stream = source as? StreamByteSource else { return .file(path) }
    return .stream(path: path, limit: stream.stoppedAtLimit ? stream.count : nil)
  }
}

/// The Python statements of `export numpy`: each view records how numpy rebuilds it, one
/// statement per command, ending with the array in `a`.
enum NumpyCode {
  /// `np.dtype('<f4')`, `np.dtype([('id', '<i4')], align=True)`.
  /// Fields over a base type are spelled as they are written, `np.dtype(('<i8', [...]))`:
  /// numpy's repr names `numpy.int64`, which `import numpy as np` leaves undefined.
  static func dtype(_ dtype: DType) -> String {
    dtype.overlaidSpelling.map { "np.dtype(\($0))" } ?? "np." + dtype.repr
  }

  static func string(_ text: String) -> String { PythonRepr.string(text) }

  /// `np.frombuffer(data, dtype, count, offset)` over the source, or `np.fromfile` for a file.
  static func read(
    origin: SourceOrigin, source: any ByteSource, dtype: DType, offset: Int, count: Int?
  ) -> [String] {
    var arguments = "dtype=\(self.dtype(dtype))"
    if let count { arguments += ", count=\(count)" }
    if offset != 0 { arguments += ", offset=\(offset)" }
    switch origin {
    case .file(let path):
      return ["a = np.fromfile(\(string(path)), \(arguments))"]
    case .memory:
      return [bytesLine(source), "a = np.frombuffer(data, \(arguments))"]
    case .zipMember(let archive, let member):
      return [
        "import zipfile",
        "data = zipfile.ZipFile(\(string(archive))).read(\(string(member)))",
        "a = np.frombuffer(data, \(arguments))",
      ]
    case .stream:
      return streamReading(origin) + ["a = np.frombuffer(data, \(arguments))"]
    }
  }

  /// `np.load` of a `.npy` file, or of a stream's bytes (`np.load` needs to seek).
  static func load(_ origin: SourceOrigin) -> [String] {
    switch origin {
    case .file(let path): return ["a = np.load(\(string(path)))"]
    default: return streamReading(origin) + ["import io", "a = np.load(io.BytesIO(data))"]
    }
  }

  /// `data = …read()` for a stream: standard input or the path, as far as bytelens read.
  private static func streamReading(_ origin: SourceOrigin) -> [String] {
    guard case .stream(let path, let limit) = origin else { return [] }
    let amount = limit.map(String.init) ?? ""
    if path == "-" {
      return ["import sys", "data = sys.stdin.buffer.read(\(amount))"]
    }
    return ["with open(\(string(path)), 'rb') as f:", "    data = f.read(\(amount))"]
  }

  /// `data = bytes.fromhex('…')` holding every byte of a memory source.
  static func bytesLine(_ source: any ByteSource) -> String {
    let bytes = (try? source.bytes(in: 0..<source.count)) ?? []
    let hex = Hex.bytes(bytes, separator: "")
    return "data = bytes.fromhex('\(hex)')"
  }

  /// `np.array(…)` for an `array` command, when its literal is also Python; otherwise the
  /// built bytes, read back and shaped.
  static func array(_ literal: String, view: ArrayView, order: Command.MemoryLayout) -> [String] {
    let orderArgument = order == .F && view.ndim > 1 ? ", order='F'" : ""
    // Structured arrays are rebuilt from their bytes: np.array leaves padding bytes as it
    // finds them, and bytelens writes zeros there.
    if !view.dtype.isStructured, let parsed = try? PythonLiteral.parse(literal),
      let text = python(parsed)
    {
      return ["a = np.array(\(text), dtype=\(dtype(view.dtype))\(orderArgument))"]
    }
    var shaped = "a = np.frombuffer(data, dtype=\(dtype(view.dtype)))"
    if view.ndim != 1 || order == .F {
      shaped += ".reshape(\(PythonRepr.tuple(view.shape))\(orderArgument))"
    }
    return [bytesLine(view.source), shaped]
  }

  /// The literal as Python source, or nil when it uses a word Python would not know.
  static func python(_ literal: PythonLiteral) -> String? {
    switch literal {
    case .float(let value):
      if value.isNaN { return "np.nan" }
      if value.isInfinite { return value < 0 ? "-np.inf" : "np.inf" }
      return literal.pythonText
    case .complex(let re, let im):
      guard re.isFinite && im.isFinite else { return nil }
      return literal.pythonText
    case .name(let word):
      switch word {
      case "nan", "np.nan", "numpy.nan": return "np.nan"
      case "inf", "np.inf", "numpy.inf": return "np.inf"
      default: return nil
      }
    case .list(let items):
      let parts = items.map(python)
      guard parts.allSatisfy({ $0 != nil }) else { return nil }
      return "[" + parts.map { $0! }.joined(separator: ", ") + "]"
    case .tuple(let items):
      let parts = items.map(python)
      guard parts.allSatisfy({ $0 != nil }) else { return nil }
      if parts.count == 1 { return "(\(parts[0]!),)" }
      return "(" + parts.map { $0! }.joined(separator: ", ") + ")"
    case .dict: return nil
    default: return literal.pythonText
    }
  }

  /// `'<'`, `'>'`, `'='`, `'S'`: numpy's newbyteorder argument.
  static func byteOrderArgument(_ name: Command.ByteOrderName) -> String {
    switch name {
    case .little: return "'<'"
    case .big: return "'>'"
    case .native: return "'='"
    case .swap: return "'S'"
    }
  }

  /// `, order='F'`, or nothing for the default.
  static func orderArgument(_ layout: Command.MemoryLayout, default fallback: Command.MemoryLayout = .C)
    -> String
  {
    layout == fallback ? "" : "order='\(layout.rawValue)'"
  }
}
