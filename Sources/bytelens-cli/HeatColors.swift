import ByteLensEngine

/// The colours of a heatmap cell (`TextRole.heat`): the upper cell as the foreground of `▀`,
/// the lower as its background.
///
/// With 24-bit colour a ramp from near black through purple, red and orange to pale yellow
/// (like matplotlib's inferno); with 256 colours the palette's 24 greys (232…255). A cell
/// with no finite value is cyan, which neither ramp holds.
enum HeatColors {
  /// The SGR parameters for one character.
  static func code(upper: HeatLevel, lower: HeatLevel, trueColor: Bool) -> String {
    let foreground = part(upper, layer: 38, trueColor: trueColor)
    return "\(foreground);\(part(lower, layer: 48, trueColor: trueColor))"
  }

  /// `38;2;R;G;B` (foreground) or `48;5;N` (background) for one cell; the default colour
  /// (`39`/`49`) for no cell.
  static func part(_ level: HeatLevel, layer: Int, trueColor: Bool) -> String {
    switch level {
    case .empty:
      return String(layer + 1)
    case .missing:
      return trueColor ? "\(layer);2;0;255;255" : "\(layer);5;51"
    case .level(let value):
      if trueColor {
        let (r, g, b) = rgb(value)
        return "\(layer);2;\(r);\(g);\(b)"
      }
      return "\(layer);5;\(232 + Int(value) * 23 / 255)"
    }
  }

  /// The anchors of the 24-bit ramp, evenly spaced from level 0 to 255.
  static let anchors: [(Int, Int, Int)] = [
    (0, 0, 4), (87, 16, 110), (188, 55, 84), (249, 142, 9), (252, 255, 164),
  ]

  /// The ramp's colour at `level`: linear between the two nearest anchors.
  static func rgb(_ level: UInt8) -> (Int, Int, Int) {
    let steps = anchors.count - 1
    let scaled = Int(level) * steps
    let index = min(scaled / 255, steps - 1)
    let within = scaled - index * 255  // 0…255 between anchor index and index + 1
    let (a, b) = (anchors[index], anchors[index + 1])
    func mix(_ x: Int, _ y: Int) -> Int { x + (y - x) * within / 255 }
    return (mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
  }
}
