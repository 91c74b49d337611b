/// A grid of dots drawn with characters: braille (2 × 4 dots a character) or half blocks
/// (1 × 2: `▀`, `▄`, `█`). Dot `(x, y)` counts `x` from the left and `y` from the bottom.
struct DotGrid {
  /// How dots become characters.
  enum Packing: Sendable {
    /// U+2800…U+28FF: two columns of four dots per character.
    case braille
    /// `▀ ▄ █`: one column of two dots per character.
    case blocks

    var dotsAcross: Int { self == .braille ? 2 : 1 }
    var dotsDown: Int { self == .braille ? 4 : 2 }
  }

  let packing: Packing
  /// Characters across and down.
  let columns: Int
  let rows: Int
  private var dots: [Bool]

  init(packing: Packing, columns: Int, rows: Int) {
    self.packing = packing
    self.columns = columns
    self.rows = rows
    dots = Array(repeating: false, count: columns * packing.dotsAcross * rows * packing.dotsDown)
  }

  var width: Int { columns * packing.dotsAcross }
  var height: Int { rows * packing.dotsDown }

  /// Sets the dot at `x` (from the left) and `y` (from the bottom); outside the grid, nothing.
  mutating func set(x: Int, y: Int) {
    guard x >= 0, x < width, y >= 0, y < height else { return }
    dots[(height - 1 - y) * width + x] = true
  }

  /// Sets the dots of column `x` from `low` to `high` (both from the bottom, inclusive).
  mutating func fill(x: Int, from low: Int, to high: Int) {
    guard low <= high else { return }
    for y in low...high { set(x: x, y: y) }
  }

  func isSet(x: Int, top: Int) -> Bool { dots[top * width + x] }

  /// The character of row `row` (from the top) and column `column`; a blank for no dots.
  func character(row: Int, column: Int) -> Character {
    switch packing {
    case .braille:
      // Bits of U+2800 + n by dot, column-major: 1 2 3 7 down the left, 4 5 6 8 the right.
      let bits: [[UInt32]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
      var pattern: UInt32 = 0
      for dx in 0..<2 {
        for dy in 0..<4 where isSet(x: column * 2 + dx, top: row * 4 + dy) {
          pattern |= bits[dx][dy]
        }
      }
      return pattern == 0 ? " " : Character(Unicode.Scalar(0x2800 + pattern)!)
    case .blocks:
      let upper = isSet(x: column, top: row * 2)
      let lower = isSet(x: column, top: row * 2 + 1)
      switch (upper, lower) {
      case (true, true): return "█"
      case (true, false): return "▀"
      case (false, true): return "▄"
      case (false, false): return " "
      }
    }
  }

  /// Row `row` (from the top) as text, trailing blanks kept.
  func line(_ row: Int) -> String {
    var text = ""
    for column in 0..<columns { text.append(character(row: row, column: column)) }
    return text
  }
}
