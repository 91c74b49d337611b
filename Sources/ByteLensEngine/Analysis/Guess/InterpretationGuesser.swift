/// Ranks interpretations of unknown bytes: a format's magic number, the dtype family, size and
/// byte order of a series of values and where it starts, rows of a 2-D array, records of
/// several fields, or text.
///
/// The heuristics, each reported as `GuessEvidence`:
/// - floats: the share of values finite and normal, the spread of their binary exponents
///   (real data keeps a narrow range; other bytes read as floats give exponents all over),
///   and how smooth neighbouring values are relative to their spread;
/// - integers: smoothness (a wrong byte order, size or sign breaks it), the bits the values
///   need, and a penalty when they sit far from zero (float bits read as integers);
/// - rows: a dip of the distance between values one row apart (`Periodicity.rowPeriod`);
/// - records: a period in equal bytes, text columns and the best split of the rest
///   (`Periodicity.recordPeriod`, `RecordLayoutGuesser`);
/// - a header: a region at the start unlike the rest (`HeaderDetector`).
public enum InterpretationGuesser {
  /// The fewest bytes a guess works with.
  public static let minimumBytes = 16
  /// Values measured per reading.
  static let valueLimit = 8192
  /// Candidates returned.
  public static let candidateLimit = 8

  /// Guesses what `range` of `source` holds, reading all of it when small and evenly spaced
  /// blocks of it otherwise.
  /// - Throws: `GuessError.tooFewBytes`, a `SourceError` from reading, or `Interrupted`.
  public static func guess(_ source: any ByteSource, range: Range<Int>) throws
    -> InterpretationGuess
  {
    guard range.count >= minimumBytes else {
      // Too few bytes to measure, but maybe a format's magic number (a TIFF's first bytes).
      let bytes = try source.bytes(in: range)
      guard let magic = MagicNumbers.recognise(bytes, start: range.lowerBound, total: range.count)
      else { throw GuessError.tooFewBytes(count: range.count, minimum: minimumBytes) }
      return InterpretationGuess(
        range: range, bytesRead: bytes.count, magic: magic, headerEnd: nil, candidates: [])
    }
    let sample = try GuessSample.read(source, range: range)
    let first = sample.blocks[0].bytes
    let magic = MagicNumbers.recognise(
      Array(first.prefix(MagicNumbers.prefixLength)), start: range.lowerBound, total: range.count)
    var result = InterpretationGuess(
      range: range, bytesRead: sample.bytesRead, magic: magic, headerEnd: nil, candidates: [])
    var candidates: [GuessCandidate] = []
    if let magic, let reading = magic.reading, reading.count > 0,
      reading.offset + reading.count * reading.dtype.itemsize <= range.upperBound
    {
      candidates.append(
        GuessCandidate(
          kind: .format, dtype: reading.dtype,
          spelling: reading.dtype.str.hasPrefix("|")
            ? String(reading.dtype.str.dropFirst()) : reading.dtype.str,
          offset: reading.offset, count: reading.count,
          shape: reading.shape, score: 0.99, evidence: [.fromHeader(magic.format)]))
    }
    if let byte = first.first, sample.blocks.allSatisfy({ $0.bytes.allSatisfy { $0 == byte } }) {
      candidates.append(
        GuessCandidate(
          kind: .values, dtype: DType.parse(unchecked: "u1"), spelling: "u1",
          offset: range.lowerBound,
          count: range.count, shape: [range.count], score: 0.5, evidence: [.constantBytes(byte)]))
      result.candidates = candidates
      return result
    }
    var start = range.lowerBound
    if magic == nil, let header = HeaderDetector.headerLength(first[...]) {
      start += header
      result.headerEnd = start
    }
    let classes = ByteClasses(sample.blocks.lazy.flatMap(\.bytes))
    if classes.printable >= 0.9 {
      candidates.append(textCandidate(first, classes: classes, range: range))
    }
    var series = try seriesCandidates(sample, from: start, end: range.upperBound)
    if result.headerEnd != nil {
      for index in series.indices {
        let skipped = series[index].offset - range.lowerBound
        series[index].evidence.insert(.headerSkipped(bytes: skipped), at: 0)
      }
    }
    candidates += series
    for candidate in series.prefix(2) where candidate.score > 0.3 {
      if let rows = try rowCandidate(candidate, sample: sample) { candidates.append(rows) }
    }
    if classes.printable < 0.9,
      let records = try recordCandidate(sample, from: start, end: range.upperBound)
    {
      candidates.append(records)
    }
    // A stable sort: among equal scores the order above (format, text, series…) stays.
    let ranked = candidates.enumerated().sorted {
      $0.element.score != $1.element.score
        ? $0.element.score > $1.element.score : $0.offset < $1.offset
    }
    result.candidates = Array(ranked.map(\.element).prefix(candidateLimit))
    return result
  }

  /// Every numeric reading at every alignment from `start`, scored as a series of values;
  /// a signed reading whose values have no top bit set is left out for its unsigned twin.
  static func seriesCandidates(_ sample: GuessSample, from start: Int, end: Int) throws
    -> [GuessCandidate]
  {
    var profiles: [(profile: ReadingProfile, offset: Int)] = []
    for reading in NumericReading.all {
      try Cancellation.check()
      for alignment in 0..<reading.size where start + alignment + reading.size <= end {
        let offset = start + alignment
        let runs = sample.runs(from: offset, step: reading.size)
        let perRun = max(64, valueLimit / max(1, runs.count))
        let bits = runs.map { run in
          let elements = min(run.count / reading.size, perRun)
          return run.withUnsafeBytes { bytes in
            (0..<elements).map { reading.bits(bytes, $0 * reading.size) }
          }
        }
        profiles.append((ReadingProfile.measure(reading, runs: bits), offset))
      }
    }
    var candidates: [GuessCandidate] = []
    for (profile, offset) in profiles {
      let reading = profile.reading
      var evidence = profile.seriesEvidence
      if reading.family != .float, !profile.topBitSet {
        if reading.family == .signed { continue }
        evidence.append(.topBitNeverSet)
      }
      let count = (end - offset) / reading.size
      if profile.looksInterleaved, count >= 2 {
        let spelling = (reading.bigEndian ? ">" : "<") + "c\(reading.size * 2)"
        candidates.append(
          GuessCandidate(
            kind: .values, dtype: DType.parse(unchecked: spelling), spelling: spelling,
            offset: offset, count: count / 2, shape: [count / 2], score: profile.complexScore,
            evidence: [
              .interleaved(pairSmoothness: profile.pairSmoothness, smoothness: profile.smoothness),
              .finiteNormal(fraction: profile.finiteNormal),
              .exponentSpread(profile.exponentSpread),
            ]))
      }
      candidates.append(
        GuessCandidate(
          kind: .values, dtype: reading.dtype, spelling: reading.spelling, offset: offset,
          count: count, shape: [count],
          score: profile.seriesScore, evidence: evidence))
    }
    return candidates.enumerated().sorted {
      $0.element.score != $1.element.score
        ? $0.element.score > $1.element.score : $0.offset < $1.offset
    }.map(\.element)
  }

  /// `candidate` as rows of a 2-D array, when its values repeat with a row period.
  static func rowCandidate(_ candidate: GuessCandidate, sample: GuessSample) throws
    -> GuessCandidate?
  {
    let size = candidate.dtype.itemsize
    guard let run = sample.runs(from: candidate.offset, step: size).first,
      let reading = NumericReading.all.first(where: { $0.spelling == candidate.spelling })
    else { return nil }
    let elements = min(run.count / size, valueLimit)
    let values = run.withUnsafeBytes { bytes in
      (0..<elements).map { reading.value(reading.bits(bytes, $0 * size)) }
    }
    guard values.allSatisfy(\.isFinite), let period = try Periodicity.rowPeriod(values) else {
      return nil
    }
    // A "row" of 2, 4 or 8 bytes is a wider element read in parts (f8 read as f2), not a row.
    guard period.width * size > 16 else { return nil }
    let rows = candidate.count / period.width
    guard rows >= 2 else { return nil }
    var result = candidate
    result.kind = .rows
    result.count = rows * period.width
    result.shape = [rows, period.width]
    // Raw images fill their bytes with whole rows; a period that leaves a part row is more
    // likely a tone in a signal, and ranks just under the plain series.
    let fills = candidate.count % period.width == 0
    result.score =
      fills
      ? candidate.score + (1 - candidate.score) * 0.6 * period.similarity
      : candidate.score * 0.97
    result.evidence.insert(.rowPeriod(width: period.width, similarity: period.similarity), at: 0)
    return result
  }

  /// Records, when the bytes repeat with a period that is not a plain element size.
  static func recordCandidate(_ sample: GuessSample, from start: Int, end: Int) throws
    -> GuessCandidate?
  {
    guard let first = sample.runs(from: start, step: 1).first,
      let period = try Periodicity.recordPeriod(first),
      ![1, 2, 4, 8].contains(period.size)
    else { return nil }
    let fields = RecordLayoutGuesser.fields(
      size: period.size, runs: sample.runs(from: start, step: period.size))
    let spelling = fields.map(\.spelling).joined(separator: ",")
    // Fields all of one number are rows of it, which `rowCandidate` offers.
    guard fields.count > 1, Set(fields.map(\.spelling)).count > 1,
      let dtype = try? DType.parse(spelling)
    else { return nil }
    let quality = fields.reduce(0) { $0 + $1.score * Double($1.size) } / Double(period.size)
    let strength = (period.matching - period.baseline) / max(1e-9, 1 - period.baseline)
    let count = (end - start) / period.size
    let textFields = fields.filter { $0.reading == nil }.count
    return GuessCandidate(
      kind: .records, dtype: dtype, spelling: spelling, offset: start, count: count, shape: [count],
      score: 0.55 + 0.4 * min(1, strength * 2) * quality,
      evidence: [
        .recordPeriod(size: period.size, matching: period.matching),
        .recordFields(text: textFields, numeric: fields.count - textFields),
      ])
  }

  /// Text: one `S` element per line when the lines share a length, else one per byte.
  static func textCandidate(_ bytes: [UInt8], classes: ByteClasses, range: Range<Int>)
    -> GuessCandidate
  {
    var evidence: [GuessEvidence] = [.printable(fraction: classes.printable)]
    var lengths: [Int: Int] = [:]
    var lineStart = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      lengths[index + 1 - lineStart, default: 0] += 1
      lineStart = index + 1
    }
    let lines = lengths.values.reduce(0, +)
    var width = 1
    if lines >= 3, let (length, times) = lengths.max(by: { $0.value < $1.value }),
      Double(times) >= 0.9 * Double(lines), length > 1
    {
      width = length
      evidence.append(.fixedLines(length: length))
    }
    let count = range.count / width
    return GuessCandidate(
      kind: .text, dtype: DType.parse(unchecked: "S\(width)"), spelling: "S\(width)",
      offset: range.lowerBound,
      count: count, shape: [count], score: classes.printable, evidence: evidence)
  }
}
