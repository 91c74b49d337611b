import ByteLensEngine

extension Session {
  /// `stats`: the numeric summary of the view, or of each numeric field of a record view.
  func stats() throws -> CommandOutcome {
    let view = try requireCurrent().view
    if view.dtype.isStructured {
      let fields = try Statistics.summarizeFields(view)
      if reportsJSON {
        return .json(.object([("fields", .array(try fields.map(fieldDocument)))]))
      }
      var output = StyledText()
      for (number, field) in fields.enumerated() {
        switch field {
        case .numeric(let path, let summary):
          if number > 0 { output.appendLine() }
          output.append(fieldName(path), role: .label)
          output.append("  ")
          output.appendLine(summary.dtype.str, role: .dtype)
          output.append(try summaryText(summary, indent: "  "))
        case .skipped(let path, let dtype):
          if number > 0 { output.appendLine() }
          output.append(fieldName(path), role: .label)
          output.append("  ")
          output.append(dtype.str, role: .dtype)
          output.appendLine("  not numeric, skipped", role: .muted)
        }
      }
      return CommandOutcome(output: output)
    }
    let summary = try Statistics.summarize(view)
    if reportsJSON { return .json(.object(try summaryMembers(summary))) }
    return CommandOutcome(output: try summaryText(summary, indent: ""))
  }

  /// `hist [BINS]`: `np.histogram(a[np.isfinite(a)], bins=BINS)` as one bar per bin.
  func hist(bins: Int?) throws -> CommandOutcome {
    let view = try requireCurrent().view
    if view.dtype.isStructured { throw StatisticsError.notNumeric(view.dtype) }
    let summary = try Statistics.summarize(
      view, bins: bins ?? Histogram.defaultBinCount, requiringHistogram: true)
    guard let histogram = summary.histogram else { throw StatisticsError.tooManyBins(bins ?? 10) }
    let edges = try histogram.edges.map { try floatText($0) }
    let lastBin = histogram.counts.count - 1
    let labels = histogram.counts.indices.map { bin in
      "[\(edges[bin]), \(edges[bin + 1])\(bin == lastBin ? "]" : ")")"
    }
    let labelWidth = labels.map(\.count).max() ?? 0
    let counts = histogram.counts.map(String.init)
    let countWidth = counts.map(\.count).max() ?? 0
    let barWidth = max(10, max(printOptions.linewidth, 0) - labelWidth - countWidth - 4)
    let largest = histogram.counts.max() ?? 0
    var output = StyledText()
    for bin in histogram.counts.indices {
      output.append(labels[bin].rightPadded(to: labelWidth), role: .offset)
      output.append("  ")
      output.append(counts[bin].leftPadded(to: countWidth), role: .value)
      let length = largest == 0 ? 0 : (histogram.counts[bin] * barWidth + largest - 1) / largest
      if length > 0 {
        output.append("  ")
        output.append(String(repeating: "█", count: length), role: .label)
      }
      output.appendLine()
    }
    let uncounted = [
      (summary.nanCount, "nan"), (summary.positiveInfinityCount, "inf"),
      (summary.negativeInfinityCount, "-inf"),
    ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    if !uncounted.isEmpty {
      output.appendLine("not counted: " + uncounted.joined(separator: ", "), role: .hint)
    }
    return CommandOutcome(output: output)
  }

  private func fieldName(_ path: [String]) -> String {
    "a" + path.map { "[\(PythonRepr.string($0))]" }.joined()
  }

  /// The summary as labelled lines, as numpy would print each value.
  private func summaryText(_ summary: NumericSummary, indent: String) throws -> StyledText {
    var output = StyledText()
    func line(_ label: String, _ value: String, note: String? = nil) {
      output.append(indent + label.rightPadded(to: 11), role: .label)
      output.append(value, role: .value)
      if let note { output.append("  " + note, role: .muted) }
      output.appendLine()
    }
    let dtype = summary.dtype
    line("count", String(summary.count))
    if let minimum = summary.minimum, let maximum = summary.maximum {
      let nanIgnoring = summary.nanCount > 0
      line(
        "min", try ScalarPrinter.str(minimum, dtype: dtype),
        note: nanIgnoring
          ? "nanmin " + (try summary.nanIgnoringMinimum.map { try ScalarPrinter.str($0, dtype: dtype) }
            ?? "nan") : nil)
      line(
        "max", try ScalarPrinter.str(maximum, dtype: dtype),
        note: nanIgnoring
          ? "nanmax " + (try summary.nanIgnoringMaximum.map { try ScalarPrinter.str($0, dtype: dtype) }
            ?? "nan") : nil)
    } else {
      line("min", "-", note: "the view is empty")
      line("max", "-", note: "the view is empty")
    }
    line("mean", try floatText(.float64(summary.mean)))
    line("std", try floatText(.float64(summary.standardDeviation)))
    line("nan", String(summary.nanCount))
    let infinities = summary.positiveInfinityCount + summary.negativeInfinityCount
    line(
      "inf", String(infinities),
      note: infinities > 0
        ? "\(summary.positiveInfinityCount) +inf, \(summary.negativeInfinityCount) -inf" : nil)
    line("zero", String(summary.zeroCount))
    line("subnormal", String(summary.subnormalCount))
    if let histogram = summary.histogram, histogram.counts.contains(where: { $0 > 0 }) {
      let edges = histogram.edges
      line(
        "range", Self.sparkline(histogram.counts),
        note: "\(try floatText(edges.first!)) to \(try floatText(edges.last!)), "
          + "\(histogram.counts.count) bins")
    }
    return output
  }

  /// Counts as block characters, the largest a full block, an empty bin a blank.
  static func sparkline(_ counts: [Int]) -> String {
    let blocks = Array("▁▂▃▄▅▆▇█")
    let largest = counts.max() ?? 0
    return String(
      counts.map { count in
        count == 0 || largest == 0 ? " " : blocks[(count * 8 + largest - 1) / largest - 1]
      })
  }

  /// A float scalar as `str()` of its numpy type prints it.
  private func floatText(_ value: Scalar) throws -> String {
    switch value {
    case .float16: return try ScalarPrinter.str(value, dtype: .float16)
    case .float32: return try ScalarPrinter.str(value, dtype: .float32)
    case .float80: return try ScalarPrinter.str(value, dtype: try DType.parse("f16"))
    default: return try ScalarPrinter.str(value, dtype: .float64)
    }
  }

  /// A value for `--json`: integers and bools exact, floats up to float64 as numbers (exact:
  /// each is a Double), long doubles as numpy's text.
  private func jsonValue(_ value: Scalar?) throws -> JSONValue {
    switch value {
    case nil: return .null
    case .bool(let flag): return .bool(flag)
    case .int(let integer): return .int(integer)
    case .uint(let integer): return .uint(integer)
    case .float16(let x): return .double(Double(x))
    case .float32(let x): return .double(Double(x))
    case .float64(let x): return .double(x)
    case .some(let other): return .string(try floatText(other))
    }
  }

  private func summaryMembers(_ summary: NumericSummary) throws -> [(String, JSONValue)] {
    [
      ("dtype", .string(summary.dtype.str)),
      ("count", .integer(summary.count)),
      ("min", try jsonValue(summary.minimum)),
      ("max", try jsonValue(summary.maximum)),
      ("nanmin", try jsonValue(summary.nanIgnoringMinimum)),
      ("nanmax", try jsonValue(summary.nanIgnoringMaximum)),
      ("mean", .double(summary.mean)),
      ("std", .double(summary.standardDeviation)),
      ("nan", .integer(summary.nanCount)),
      ("posinf", .integer(summary.positiveInfinityCount)),
      ("neginf", .integer(summary.negativeInfinityCount)),
      ("zero", .integer(summary.zeroCount)),
      ("subnormal", .integer(summary.subnormalCount)),
      ("histogram", try summary.histogram.map { histogram in
        .object([
          ("bin_dtype", .string(histogram.binDType.str)),
          ("edges", .array(try histogram.edges.map { try jsonValue($0) })),
          ("counts", .array(histogram.counts.map { .integer($0) })),
        ])
      } ?? .null),
    ]
  }

  private func fieldDocument(_ field: FieldSummary) throws -> JSONValue {
    switch field {
    case .numeric(let path, let summary):
      return .object([("field", .array(path.map { .string($0) }))] + (try summaryMembers(summary)))
    case .skipped(let path, let dtype):
      return .object([
        ("field", .array(path.map { .string($0) })), ("dtype", .string(dtype.str)),
        ("skipped", .bool(true)),
      ])
    }
  }
}
