import ByteLensEngine

/// One view on the session's stack, with what it takes to re-read its source.
struct ViewEntry: Sendable {
  /// The parameters of the last `frombuffer` read of the source: `offset` and `count`
  /// commands re-read with them.
  struct Window: Sendable {
    /// The dtype as given, before a subarray dtype expands into dimensions.
    var dtype: DType
    var offset: Int
    var count: Int?
  }

  var view: ArrayView
  /// The loaded bytes (`load`, `bytes`, `array`) that `offset` and `count` re-read.
  var source: any ByteSource
  var window: Window
  /// Whether `view` is exactly `frombuffer(source, window…)`, untouched since: then `as DT`
  /// reads the source again rather than calling `view(DT)`.
  var isFreshWindow: Bool
  /// Whether NumPy would hold a scalar here rather than an array (`a[0, 1]` of a 2-D array).
  var isScalar: Bool
  /// The command text that made the view, for `views`.
  var commandText: String
  /// Lines `info` adds about the format the source was read in (a .npy header, …).
  var formatInfo: [String] = []
  /// Where the source's first byte sat where it was dumped from (`set base`, a dump's first
  /// address); nil for offsets from 0.
  var address: SourceAddress? = nil
  /// How Python reaches the source's bytes (`export numpy`).
  var origin: SourceOrigin = .memory
  /// Python statements that rebuild `view` from the source, ending with it in `a`.
  var python = PythonStatements()
  /// The command that made `view` a copy (`reshape` that could not keep the strides,
  /// `copy`, `astype`, `byteswap`), if it no longer reads `source`.
  var copiedBy: String? = nil
  /// The command since the last read that has no numpy statement, if any: then
  /// `export numpy` cannot rebuild the view.
  var commandWithoutPython: String? = nil

  /// This entry made into the next one: the same source, window, format and Python so far
  /// plus `statement`.
  func followed(
    by view: ArrayView, statement: String?, isScalar: Bool = false, commandText: String
  ) -> ViewEntry {
    var next = self
    next.view = view
    next.isFreshWindow = false
    next.isScalar = isScalar
    next.commandText = commandText
    if view.source !== self.view.source { next.copiedBy = commandText }
    if let statement {
      next.python.append(statement)
    } else if next.commandWithoutPython == nil {
      next.commandWithoutPython = commandText
    }
    return next
  }

  /// This entry's source read again through `window` (`offset`, `count`, `as DT at OFF`):
  /// a fresh window whose numpy code is the read itself.
  func readingAgain(
    _ window: Window, view: ArrayView, origin: SourceOrigin, text: String
  ) -> ViewEntry {
    var next = self
    next.view = view
    next.window = window
    next.isFreshWindow = true
    next.isScalar = false
    next.copiedBy = nil
    next.commandText = text
    next.commandWithoutPython = nil
    next.python = PythonStatements(NumpyCode.read(
      origin: origin, source: source, dtype: window.dtype, offset: window.offset,
      count: window.count))
    return next
  }

  /// The dtype that `offset`, `count` and a re-read use.
  var readingDType: DType { isFreshWindow ? window.dtype : view.dtype }
}
