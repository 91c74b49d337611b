/// Guesses the fields of records of a known size: runs of text bytes become `S` fields, the
/// rest is split into the numbers that fit best.
enum RecordLayoutGuesser {
  /// One guessed field.
  struct Field: Equatable {
    var offset: Int
    var size: Int
    /// nil for a text (`S`) field.
    var reading: NumericReading?
    var score: Double

    var spelling: String { reading?.spelling ?? "S\(size)" }
  }

  /// The most records measured.
  static let recordLimit = 1024
  /// What a field costs in the split, so that fewer, wider fields win a tie.
  static let fieldCost = 0.3

  /// The fields of records of `size` bytes, given as slices that each start at a record.
  static func fields(size: Int, runs: [ArraySlice<UInt8>]) -> [Field] {
    var records: [ArraySlice<UInt8>] = []
    outer: for run in runs {
      var start = run.startIndex
      while start + size <= run.endIndex {
        records.append(run[start..<(start + size)])
        if records.count == recordLimit { break outer }
        start += size
      }
    }
    guard !records.isEmpty else { return [] }
    var fields: [Field] = []
    var numericStart = 0
    var position = 0
    let columns = (0..<size).map { column in
      ByteClasses(records.lazy.map { $0[$0.startIndex + column] })
    }
    func isText(_ column: Int) -> Bool { columns[column].printable + columns[column].zero >= 0.97 }
    func isConstant(_ column: Int) -> Bool {
      let first = records[0][records[0].startIndex + column]
      return records.allSatisfy { $0[$0.startIndex + column] == first }
    }
    while position < size {
      guard isText(position), columns[position].printable >= 0.5 else {
        position += 1
        continue
      }
      var end = position + 1
      while end < size, isText(end) { end += 1 }
      // A column that never changes, ending a good little-endian number, is more likely that
      // number's top byte (0x41, 'A', ends a float32 near 20) than the first letter of every
      // string.
      func endsNumber(_ column: Int) -> Bool {
        [4, 8].contains { size in
          column - size + 1 >= numericStart
            && bestField(records, at: column - size + 1, size: size, bigEndian: false).score >= 0.7
        }
      }
      while end - position > 3, isConstant(position), endsNumber(position) { position += 1 }
      // Shorter runs are too often the exponent bytes of floats.
      guard end - position >= 3 else {
        position = end
        continue
      }
      fields += numericFields(records, from: numericStart, to: position)
      fields.append(Field(offset: position, size: end - position, reading: nil, score: 1))
      numericStart = end
      position = end
    }
    fields += numericFields(records, from: numericStart, to: size)
    return fields
  }

  /// The split of bytes `start..<end` of each record into numbers of 1, 2, 4 or 8 bytes, in one
  /// byte order, with the largest sum of score × size less `fieldCost` per field.
  private static func numericFields(_ records: [ArraySlice<UInt8>], from start: Int, to end: Int)
    -> [Field]
  {
    guard start < end else { return [] }
    var bestSplit: (total: Double, fields: [Field]) = (-.infinity, [])
    for bigEndian in [false, true] {
      // best[k]: the best split of k..<end.
      var best = [(total: Double, fields: [Field])](repeating: (0, []), count: end - start + 1)
      for position in stride(from: end - 1, through: start, by: -1) {
        var choice: (total: Double, fields: [Field]) = (-.infinity, [])
        for size in [1, 2, 4, 8] where position + size <= end {
          let field = bestField(records, at: position, size: size, bigEndian: bigEndian)
          let rest = best[position + size - start]
          let total = field.score * Double(size) - fieldCost + rest.total
          if total > choice.total { choice = (total, [field] + rest.fields) }
        }
        best[position - start] = choice
      }
      if best[0].total > bestSplit.total { bestSplit = best[0] }
    }
    return bestSplit.fields
  }

  /// The best-fitting number of `size` bytes at `position` of every record.
  private static func bestField(
    _ records: [ArraySlice<UInt8>], at position: Int, size: Int, bigEndian: Bool
  ) -> Field {
    var best = Field(offset: position, size: size, reading: nil, score: -1)
    let families: [NumericReading.Family] = size == 1 ? [.unsigned] : [.float, .unsigned, .signed]
    for family in families {
      let reading = NumericReading(family: family, size: size, bigEndian: bigEndian && size > 1)
      let bits = records.map { record in
        record.withUnsafeBytes { reading.bits($0, position) }
      }
      let score = ReadingProfile.measure(reading, runs: [bits]).fieldScore
      if score > best.score {
        best = Field(offset: position, size: size, reading: reading, score: score)
      }
    }
    return best
  }
}
