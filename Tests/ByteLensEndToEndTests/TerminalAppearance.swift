/// What a terminal shows for text with ANSI SGR escapes: each character with the attributes in
/// effect for it (bold, dim, underline, reverse, foreground, background), escapes removed. Two
/// outputs that a terminal shows alike have the same appearance, however their escapes differ.
struct TerminalAppearance: Equatable {
  struct Cell: Equatable {
    var character: Character
    var style: Style
  }

  struct Style: Equatable {
    var bold = false
    var dim = false
    var underline = false
    var reverse = false
    var foreground: [Int] = []
    var background: [Int] = []

    /// Applies one escape's parameters, as a terminal does, left to right.
    mutating func apply(_ parameters: [Int]) {
      var index = 0
      while index < parameters.count {
        let code = parameters[index]
        index += 1
        switch code {
        case 0: self = Style()
        case 1: bold = true
        case 2: dim = true
        case 4: underline = true
        case 7: reverse = true
        case 22: (bold, dim) = (false, false)
        case 24: underline = false
        case 27: reverse = false
        case 30...37, 90...97: foreground = [code]
        case 39: foreground = []
        case 40...47, 100...107: background = [code]
        case 49: background = []
        case 38, 48:
          // 38;5;N or 38;2;R;G;B
          let length = index < parameters.count && parameters[index] == 5 ? 2 : 4
          let colour = [code] + parameters[index..<min(parameters.count, index + length)]
          if code == 38 { foreground = colour } else { background = colour }
          index += length
        default: break
        }
      }
    }
  }

  var cells: [Cell] = []

  init(_ text: String) {
    var style = Style()
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      guard character == "\u{1B}", characters.first == "[" else {
        cells.append(Cell(character: character, style: character == "\n" ? Style() : style))
        continue
      }
      characters.removeFirst()
      var parameters = ""
      while let next = characters.popFirst(), next != "m" { parameters.append(next) }
      style.apply(
        parameters.isEmpty ? [0] : parameters.split(separator: ";", omittingEmptySubsequences: false)
          .map { Int($0) ?? 0 })
    }
  }
}
