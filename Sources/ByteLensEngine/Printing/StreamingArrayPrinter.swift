/// NumPy's `str(a)` with summarisation off (`threshold=sys.maxsize`), written in pieces as it
/// is made, in memory that does not grow with the array.
///
/// The elements are read in C order a chunk at a time, two or three times: once to choose the
/// number format from all of them (`ColumnMeasure`), for floats once more to measure the
/// widths that format gives, and once to write their texts through `ArrayTextWriter`. Float
/// columns of `f4` and `f8` are decoded into typed buffers and formatted without `Scalar`s.
/// Stops with `Interrupted` when `Cancellation` is requested.
public struct StreamingArrayPrinter {
  public let view: ArrayView
  public let options: PrintOptions
  /// Elements decoded per chunk: 16 Ki, or as many as make a megabyte when they are larger.
  private var elementsPerChunk: Int {
    max(1, min(1 << 14, (1 << 20) / max(view.dtype.itemsize, 1)))
  }
  /// Bytes of text gathered before they go to the sink.
  public static let textChunkSize = 1 << 16

  public init(_ view: ArrayView, options: PrintOptions) {
    self.view = view
    var options = options
    options.threshold = Int.max
    self.options = options
  }

  /// Writes the text to `sink` in pieces of about 64 KiB, without a final newline.
  /// - Throws: what reading an element throws, what the sink throws, `PrintingError` for a
  ///   format NumPy cannot print, or `Interrupted` on Ctrl-C.
  public func write(to sink: (String) throws -> Void) throws {
    let shape = view.shape
    if shape.isEmpty || shape.contains(0) {
      // A 0-d array is one element, an empty one `[]`: nothing to stream.
      try sink(try ArrayPrinter.str(view, options: options))
      return
    }
    let dtype = view.dtype
    try AllocationBudget.checkElement(of: dtype)
    if case .scalar = dtype.layout, dtype.kind == .float, dtype.itemsize == 8 {
      try writeFloats(Double.self) { ElementDecoder.loadFloat64($0, $1, swap: $2) }
    } else if case .scalar = dtype.layout, dtype.kind == .float, dtype.itemsize == 4 {
      try writeFloats(Float.self) { ElementDecoder.loadFloat32($0, $1, swap: $2) }
    } else {
      try writeScalars()
    }

    func flush(_ text: inout [UInt8], atLeast: Int) throws {
      guard text.count >= atLeast, !text.isEmpty else { return }
      try sink(String(decoding: text, as: UTF8.self))
      text.removeAll(keepingCapacity: true)
    }

    /// Any dtype: each element decoded into a `Scalar` and formatted by `ElementFormatter`.
    func writeScalars() throws {
      var measure = try ColumnMeasure(dtype: dtype, zeroDimensional: false, options: options)
      try forEachChunk { raw, count in
        for i in 0..<count {
          try measure.observe(
            ElementDecoder.decode(dtype, from: raw, at: i * dtype.itemsize), pass: .range)
        }
      }
      if measure.needsWidthPass {
        try forEachChunk { raw, count in
          for i in 0..<count {
            try measure.observe(
              ElementDecoder.decode(dtype, from: raw, at: i * dtype.itemsize), pass: .widths)
          }
        }
      }
      let formatter = try measure.formatter()
      var writer = makeWriter()
      var text: [UInt8] = []
      text.reserveCapacity(Self.textChunkSize + 4096)
      try forEachChunk { raw, count in
        for i in 0..<count {
          var word = try formatter.format(
            ElementDecoder.decode(dtype, from: raw, at: i * dtype.itemsize))
          let length = word.unicodeScalars.count
          word.withUTF8 { writer.add($0, length: length, to: &text) }
          try flush(&text, atLeast: Self.textChunkSize)
        }
      }
      try flush(&text, atLeast: 1)
    }

    /// Native or byte-swapped `f4`/`f8`: decoded into a typed buffer, formatted into bytes.
    func writeFloats<F: PrintableFloat>(
      _ type: F.Type, load: (UnsafeRawBufferPointer, Int, Bool) -> F
    ) throws {
      let swap = !dtype.isNative
      let itemsize = dtype.itemsize
      let values = UnsafeMutableBufferPointer<F>.allocate(capacity: elementsPerChunk)
      defer { values.deallocate() }
      func decoded(_ raw: UnsafeRawBufferPointer, _ count: Int) -> UnsafeBufferPointer<F> {
        for i in 0..<count { values[i] = load(raw, i * itemsize, swap) }
        return UnsafeBufferPointer(rebasing: values[..<count])
      }
      var measure = try FloatingFormat.Measure<F>(options: options)
      try forEachChunk { raw, count in
        for value in decoded(raw, count) { measure.observeRange(value) }
      }
      try forEachChunk { raw, count in
        for value in decoded(raw, count) { try measure.observeWidth(value) }
      }
      let format = measure.format
      var writer = makeWriter()
      var text: [UInt8] = []
      text.reserveCapacity(Self.textChunkSize + 4096)
      var word: [UInt8] = []
      var scratch: [UInt8] = []
      try forEachChunk { raw, count in
        for value in decoded(raw, count) {
          word.removeAll(keepingCapacity: true)
          try format.append(value, into: &word, scratch: &scratch)
          writer.add(word, length: word.count, to: &text)
          try flush(&text, atLeast: Self.textChunkSize)
        }
      }
      try flush(&text, atLeast: 1)
    }
  }

  private func makeWriter() -> ArrayTextWriter {
    // As `ArrayPrinter.str`: no prefix or suffix, a space between elements.
    ArrayTextWriter(
      shape: view.shape, separator: " ", lineWidth: max(options.linewidth, -1),
      nextLinePrefix: " ")
  }

  /// Calls `body` with the packed bytes of up to `elementsPerChunk` elements at a time, in C
  /// order, and their count; checks for Ctrl-C between chunks.
  private func forEachChunk(_ body: (UnsafeRawBufferPointer, Int) throws -> Void) throws {
    let itemsize = view.dtype.itemsize
    guard itemsize > 0 else {
      // Elements of no bytes: each is the same empty value.
      var left = view.count
      while left > 0 {
        try Cancellation.check()
        let count = min(left, elementsPerChunk)
        try body(UnsafeRawBufferPointer(start: nil, count: 0), count)
        left -= count
      }
      return
    }
    // At most max(1 MiB, itemsize) bytes: no overflow.
    try view.forEachByteChunk(order: .C, chunkSize: itemsize * elementsPerChunk) { raw in
      try Cancellation.check()
      try body(raw, raw.count / itemsize)
    }
  }
}
