import ByteLensEngine

/// The commands that draw: `plot`, `image` and `bytemap`.
extension Session {
  /// The size a picture fills: the one given, else the terminal's, else the standard 80 × 24.
  func pictureSize(_ given: PictureSize?) -> PictureSize {
    given ?? terminalSize ?? .standard
  }

  /// `plot [braille|blocks] [COLSxROWS]`.
  func plot(_ style: PlotRenderer.Style, size: PictureSize?) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let renderer = try PlotRenderer(
      entry.view, options: PlotRenderer.Options(style: style, size: pictureSize(size)))
    return CommandOutcome(output: try renderer.render())
  }

  /// `image [COLSxROWS]`.
  func image(size: PictureSize?) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let renderer = try ImageRenderer(
      entry.view,
      options: ImageRenderer.Options(size: pictureSize(size), usesColor: showsColor))
    return CommandOutcome(output: try renderer.render())
  }

  /// `bytemap [COLSxROWS]`: the source of the current view, whole.
  func bytemap(size: PictureSize?) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let renderer = try BytemapRenderer(
      source: entry.view.source,
      options: BytemapRenderer.Options(size: pictureSize(size), usesColor: showsColor))
    return CommandOutcome(output: try renderer.render())
  }
}
