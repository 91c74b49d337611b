/// NumPy's casts to, from and between structured and subarray dtypes (`casting='unsafe'`),
/// as `void_to_void_get_loop` and its neighbours in numpy's `convert_datatype.c` make them:
///
/// - structured → structured: field by field, **by position** (names are not matched, as in
///   NumPy since 1.14); the two must have the same number of fields;
/// - structured → anything else: only a record of exactly one field, whose value converts;
/// - anything else → structured: the value goes to every field;
/// - subarray ↔ subarray (or plain): NumPy's subarray broadcast — the shapes are aligned on the
///   right, an axis of length 1 repeats, and elements past the source's end are zeros.
///
/// Fields are checked before subarrays, as in NumPy.
enum StructuredCast {
  /// How one element of `source` becomes one of `target`, or the refusal NumPy makes.
  /// - Parameter nested: whether `target` is a field or subarray element of the dtype `astype`
  ///   was given (which `CastRules.sizedTarget` has already sized).
  /// - Parameter legacy: the `legacy` print mode numbers are written into text with.
  static func conversion(
    from source: DType, to target: DType, nested: Bool = false,
    legacy: Int = PrintOptions.noLegacy
  ) throws -> CastRules.ElementConversion {
    let refusal = CastError.notSupported(source, to: target)
    if source.hasObject || target.hasObject { throw refusal }
    switch (source.layout, target.layout) {
    case (.structured(let from, _), .structured(let to, _)):
      guard from.count == to.count else { throw refusal }
      let parts = try zip(from, to).map { pair in
        FieldPart(
          source: pair.0.dtype, sourceOffset: pair.0.offset, target: pair.1.dtype,
          targetOffset: pair.1.offset,
          convert: try conversion(from: pair.0.dtype, to: pair.1.dtype, nested: true, legacy: legacy))
      }
      return { bytes, _, out, _ in
        for part in parts { try part.run(bytes, out, lane: .single) }
      }
    case (.structured(let from, _), _):
      guard from.count == 1, let field = from.first else { throw refusal }
      let part = FieldPart(
        source: field.dtype, sourceOffset: field.offset, target: target, targetOffset: 0,
        convert: try conversion(from: field.dtype, to: target, nested: true, legacy: legacy))
      return { bytes, _, out, lane in try part.run(bytes, out, lane: lane) }
    case (_, .structured(let to, _)):
      let parts = try to.map { field in
        FieldPart(
          source: source, sourceOffset: 0, target: field.dtype, targetOffset: field.offset,
          convert: try conversion(from: source, to: field.dtype, nested: true, legacy: legacy))
      }
      return { bytes, _, out, lane in
        for part in parts { try part.run(bytes, out, lane: lane) }
      }
    case (.subarray, _), (_, .subarray):
      return try subarrayConversion(from: source, to: target, nested: nested, legacy: legacy)
    case (.scalar, .scalar):
      if nested && target.itemsize == 0 && target.kind != .void {
        // A sizeless text field holds nothing; NumPy writes nothing into it.
        return { _, _, _, _ in }
      }
      let convert = try CastRules.elementConversion(from: source, to: target, legacy: legacy)
      if nested && [.datetime, .timedelta].contains(target.kind) && target.timeUnit == nil {
        // A field with generic units: NumPy takes no unit away, and puts only NaT in a
        // generic datetime64.
        if source.kind == target.kind && source.timeUnit != nil {
          throw CastError.specificToGenericUnits(source, to: target)
        }
        if target.kind == .datetime {
          return { bytes, _, out, lane in
            try convert(bytes, source, out, lane)
            let value = ElementDecoder.decode(target, from: UnsafeRawBufferPointer(out), at: 0)
            guard case .datetime(Int64.min, _) = value else { throw CastError.genericDatetime }
          }
        }
      }
      return { bytes, _, out, lane in try convert(bytes, source, out, lane) }
    }
  }

  /// One field's (or one subarray element's) conversion, at its offsets in the two elements.
  private struct FieldPart {
    let source: DType
    let sourceOffset: Int
    let target: DType
    let targetOffset: Int
    let convert: CastRules.ElementConversion

    func run(
      _ bytes: UnsafeRawBufferPointer, _ out: UnsafeMutableRawBufferPointer, lane: Cast.Lane
    ) throws {
      let input = UnsafeRawBufferPointer(
        rebasing: bytes[sourceOffset..<(sourceOffset + source.itemsize)])
      let output = UnsafeMutableRawBufferPointer(
        rebasing: out[targetOffset..<(targetOffset + target.itemsize)])
      try convert(input, source, output, lane)
    }
  }

  /// NumPy's `get_subarray_transfer_function`: each target element takes the source element
  /// its index broadcasts from, or zeros when it lies past the source's shape.
  private static func subarrayConversion(
    from source: DType, to target: DType, nested: Bool, legacy: Int
  ) throws -> CastRules.ElementConversion {
    let (sourceBase, sourceShape) = source.subarray ?? (source, [])
    let (targetBase, targetShape) = target.subarray ?? (target, [])
    let convert = try conversion(from: sourceBase, to: targetBase, nested: nested, legacy: legacy)
    // The element counts fit: each dtype's itemsize does.
    let targetCount = targetShape.reduce(1, *)
    let sourceSize = sourceBase.itemsize
    let targetSize = targetBase.itemsize
    return { bytes, _, out, lane in
      for position in 0..<targetCount {
        // A subarray can hold up to a C int's bytes of elements: Ctrl-C stops it.
        if position & 0xFFFF == 0xFFFF { try Cancellation.check() }
        let output = UnsafeMutableRawBufferPointer(
          rebasing: out[(position * targetSize)..<((position + 1) * targetSize)])
        let sourceIndex = broadcastSourceIndex(
          of: position, sourceShape: sourceShape, targetShape: targetShape)
        guard let sourceIndex else {
          output.initializeMemory(as: UInt8.self, repeating: 0)
          continue
        }
        let input = UnsafeRawBufferPointer(
          rebasing: bytes[(sourceIndex * sourceSize)..<((sourceIndex + 1) * sourceSize)])
        try convert(input, sourceBase, output, lane)
      }
    }
  }

  /// The flat source index NumPy reads for the flat target index `position`: the shapes are
  /// aligned on their last axes, a source axis of length 1 repeats, and a coordinate past a
  /// source axis gives nil (the target element is zero).
  static func broadcastSourceIndex(
    of position: Int, sourceShape: [Int], targetShape: [Int]
  ) -> Int? {
    let ndim = max(sourceShape.count, targetShape.count)
    var targetRest = position
    var sourceIndex = 0
    var sourceFactor = 1
    for axis in stride(from: ndim - 1, through: 0, by: -1) {
      var coordinate = 0
      let targetAxis = axis - (ndim - targetShape.count)
      if targetAxis >= 0 {
        coordinate = targetRest % targetShape[targetAxis]
        targetRest /= targetShape[targetAxis]
      }
      let sourceAxis = axis - (ndim - sourceShape.count)
      if sourceAxis >= 0 {
        let length = sourceShape[sourceAxis]
        guard length != 1 else { continue }
        guard coordinate < length else { return nil }
        sourceIndex += sourceFactor * coordinate
        sourceFactor *= length
      }
    }
    return sourceIndex
  }
}
