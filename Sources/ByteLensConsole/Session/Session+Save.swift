import ByteLensEngine

/// `save` and `export`: the view written to a file, or printed as code or values.
extension Session {
  /// The most elements `export json` writes: every value is formatted in memory.
  static let exportJSONLimit = 10_000_000

  /// `save PATH [raw|npy|meta] [order C|F]`.
  func save(
    _ path: String, format: Command.SaveFormat?, order: Command.MemoryLayout?, replacing: Bool
  ) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let view = entry.view
    let lower = path.lowercased()
    if format == nil && lower.hasSuffix(".npz") {
      throw SessionError.npzNotWritten
    }
    let kind = format ?? (lower.hasSuffix(".npy") ? .npy : .raw)
    var protected = Set<FileIdentity>()
    for item in stack {
      if let identity = item.source.fileIdentity { protected.insert(identity) }
      if let identity = item.view.source.fileIdentity { protected.insert(identity) }
    }
    let shape = PythonRepr.tuple(view.shape)
    let dtypeText =
      view.dtype.overlaidSpelling
      ?? (view.dtype.isStructured ? view.dtype.description : "'\(view.dtype.str)'")
    var output = StyledText()
    switch kind {
    case .raw:
      let layout = order ?? .C
      let written = try AtomicFileWriter.write(
        to: path, replacing: replacing, protected: protected
      ) { sink in
        try view.forEachByteChunk(order: memoryOrder(layout), sink)
      }
      let call = layout == .C ? "tobytes()" : "tobytes('F')"
      output.appendLine(
        "saved \(written) byte\(written == 1 ? "" : "s") to \(path): \(call) of "
          + "\(dtypeText), shape \(shape)")
      output.appendLine("read it back: " + readBack(path, view: view, order: layout), role: .muted)
    case .npy:
      let (header, dataOrder) = try NPYFile.header(for: view, order: order.map(memoryOrder))
      let written = try AtomicFileWriter.write(
        to: path, replacing: replacing, protected: protected
      ) { sink in
        try header.withUnsafeBytes(sink)
        try view.forEachByteChunk(order: dataOrder, sink)
      }
      let version = "\(header[6]).\(header[7])"
      output.appendLine(
        "saved \(written) bytes to \(path): .npy \(version), \(dtypeText), shape \(shape), "
          + (dataOrder == .F ? "Fortran order" : "C order"))
      output.appendLine("read it back: load \(path)   (numpy: np.load(\(NumpyCode.string(path))))", role: .muted)
    case .meta:
      let layout = order ?? .C
      let header = try LengthPrefixedHeader.encode(dtype: view.dtype, shape: view.shape)
      let written = try AtomicFileWriter.write(
        to: path, replacing: replacing, protected: protected
      ) { sink in
        try header.withUnsafeBytes(sink)
        try view.forEachByteChunk(order: memoryOrder(layout), sink)
      }
      output.appendLine(
        "saved \(written) bytes to \(path): a \(header.count)-byte length-prefixed header "
          + "(\(PythonRepr.string(LengthPrefixedHeader.dtypeText(for: view.dtype))), shape "
          + "\(shape)), then the data in \(layout == .C ? "C" : "Fortran") order")
      if layout == .F && view.ndim > 1 {
        output.appendLine(
          "the header records no order: read it back with "
            + readBack(path, view: view, order: .F, at: header.count), role: .muted)
      } else {
        output.appendLine("read it back: load \(path)", role: .muted)
      }
    }
    return CommandOutcome(output: output)
  }

  /// The bytelens commands that read a raw file back into this view's shape.
  private func readBack(
    _ path: String, view: ArrayView, order: Command.MemoryLayout, at offset: Int = 0
  ) -> String {
    let spelling =
      view.dtype.overlaidSpelling ?? (view.dtype.isStructured ? view.dtype.description : view.dtype.str)
    var text = "load \(path) as \(spelling)"
    if view.dtype.isAlignedStruct && !spelling.contains("'aligned'") { text += " aligned" }
    if offset != 0 { text += " at \(offset)" }
    if view.ndim != 1 {
      text += "; reshape \(view.shape.isEmpty ? "()" : view.shape.map(String.init).joined(separator: ","))"
      if order == .F && view.ndim > 1 { text += " F" }
    }
    return text
  }

  /// `export numpy|c|struct|json`.
  func export(_ format: Command.ExportFormat) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let view = entry.view
    var output = StyledText()
    switch format {
    case .numpy:
      if let command = entry.commandWithoutPython {
        throw SessionError.exportCannotRebuild(command: command)
      }
      output.appendLine("import numpy as np")
      for line in entry.python.lines { output.appendLine(line) }
    case .c:
      output.append(try CDeclarationExport.text(for: view.dtype, shape: view.shape))
    case .struct:
      let (text, pieces) = try StructFormatExport.format(for: view.dtype)
      output.appendLine(PythonRepr.string(text), role: .value)
      let parts = pieces.map { "\($0.code) \($0.label)" }.joined(separator: ", ")
      output.appendLine(
        "# \(view.dtype.itemsize) bytes: \(parts)", role: .muted)
    case .json:
      // Every value is formatted in memory.
      guard view.count <= Session.exportJSONLimit else {
        throw SessionError.exportJSONTooLarge(count: view.count, limit: Session.exportJSONLimit)
      }
      output.appendLine(try JSONExport.text(view), role: .value)
    }
    return CommandOutcome(output: output)
  }
}
