extension ArrayView {
  /// Bytes per chunk when a whole view is streamed (as a bytes literal, or to a file): about a megabyte,
  /// so that memory stays flat however large the view.
  public static let byteChunkSize = 1 << 20

  /// The order in which NumPy's `a.tobytes(order)` visits the elements: F for `F`, and for `A`
  /// when the view is F-contiguous only; C otherwise (`K` is C order in NumPy 2.4).
  public func tobytesVisitOrder(_ order: MemoryOrder) -> MemoryOrder {
    order == .F || (order == .A && isFortranOnly) ? .F : .C
  }

  /// Streams the bytes of `a.tobytes(order)` to `body`: every chunk holds exactly `chunkSize`
  /// bytes except the last, which holds the rest (an empty view gives no chunk).
  ///
  /// The source is read about `chunkSize` bytes at a time, so memory stays bounded for any view:
  /// contiguous, strided, reversed, Fortran-ordered, byte-swapped or structured. Contiguous runs
  /// of elements are copied whole. Stops with `Interrupted` when `Cancellation` is
  /// requested.
  /// - Complexity: O(nbytes), plus one source read per `chunkSize` bytes the view spans (or
  ///   per element, when the elements lie further apart than that).
  public func forEachByteChunk(
    order: MemoryOrder = .C, chunkSize: Int = ArrayView.byteChunkSize,
    _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    precondition(chunkSize > 0, "a chunk holds at least one byte")
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { buffer.deallocate() }
    var filled = 0
    try forEachRun(order: tobytesVisitOrder(order), window: chunkSize) { run in
      if run.count < chunkSize - filled {
        // The common case: the run fits in the chunk being filled.
        (buffer.baseAddress! + filled).copyMemory(from: run.baseAddress!, byteCount: run.count)
        filled += run.count
        return
      }
      var rest = run
      while !rest.isEmpty {
        if filled == 0 && rest.count >= chunkSize {
          // A whole chunk straight from the source, without a copy.
          try body(UnsafeRawBufferPointer(rebasing: rest[..<(rest.startIndex + chunkSize)]))
          rest = UnsafeRawBufferPointer(rebasing: rest[(rest.startIndex + chunkSize)...])
          continue
        }
        let taken = min(rest.count, chunkSize - filled)
        (buffer.baseAddress! + filled).copyMemory(from: rest.baseAddress!, byteCount: taken)
        filled += taken
        rest = UnsafeRawBufferPointer(rebasing: rest[(rest.startIndex + taken)...])
        if filled == chunkSize {
          try body(UnsafeRawBufferPointer(buffer))
          filled = 0
        }
      }
    }
    if filled > 0 { try body(UnsafeRawBufferPointer(rebasing: buffer[..<filled])) }
  }

  /// Calls `body` with the bytes of every element, visiting indices in C or F order.
  ///
  /// The source is read in windows of about a megabyte, so a view of a huge file, however
  /// strided, never pulls its whole span into memory. Stops with `Interrupted` when
  /// `Cancellation` is requested.
  public func forEachElementBytes(
    order: MemoryOrder = .C, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    let itemsize = dtype.itemsize
    try forEachRun(order: order, window: ArrayView.byteChunkSize) { run in
      var start = run.startIndex
      while start < run.endIndex {
        try body(UnsafeRawBufferPointer(rebasing: run[start..<(start + itemsize)]))
        start += itemsize
      }
    }
  }

  /// The walk under both: calls `body` with runs of the view's bytes in the order of `order`
  /// (C or F). A run holds whole elements that lie next to each other in the source, at most
  /// `window` bytes of them (or one element, when an element is larger); consecutive runs
  /// together give `tobytes` of that order.
  ///
  /// The axes are taken innermost first. Those whose elements follow on in memory merge into one
  /// run; the next axis, the line, is walked in segments, each read from the source in one piece
  /// of about `window` bytes; the outer axes are counted like an odometer. When the line's
  /// elements lie further apart than those of the axis after it (a transpose), a segment would
  /// read much to keep little: the two axes are then read together in bands (see
  /// `forEachRun(inBandAt:…)`), in at most `16 × window` bytes of memory.
  func forEachRun(
    order: MemoryOrder, window: Int, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    let itemsize = dtype.itemsize
    guard count > 0, itemsize > 0 else { return }
    var axes = order == .F ? Array(shape.indices) : Array(shape.indices.reversed())
    axes.removeAll { shape[$0] == 1 }
    // Innermost axes whose elements follow on in memory make one run.
    var run = itemsize
    var merged = 0
    while merged < axes.count, strides[axes[merged]] == run,
      run <= window / shape[axes[merged]]
    {
      run *= shape[axes[merged]]
      merged += 1
    }
    var lineLength = 1
    var lineStride = 0
    if merged < axes.count {
      lineLength = shape[axes[merged]]
      lineStride = strides[axes[merged]]
      merged += 1
    }
    var outer = Array(axes[merged...])
    let bandBudget = 16 * window
    var band: (lines: Int, step: Int)? = nil
    if let next = outer.first, lineStride != run,
      strides[next].magnitude < lineStride.magnitude, lineLength * run <= bandBudget / 2
    {
      band = (shape[next], strides[next])
      outer.removeFirst()
    }
    var counters = Array(repeating: 0, count: outer.count)
    var lineStart = offset
    while true {
      if let band {
        try forEachRun(
          inBandAt: lineStart, length: lineLength, stride: lineStride, lines: band.lines,
          lineStep: band.step, run: run, budget: bandBudget, window: window, body)
      } else {
        try forEachRun(
          inLineAt: lineStart, length: lineLength, stride: lineStride, run: run, window: window,
          body)
      }
      var carried = true
      for (slot, axis) in outer.enumerated() {
        counters[slot] += 1
        lineStart += strides[axis]
        if counters[slot] < shape[axis] {
          carried = false
          break
        }
        lineStart -= strides[axis] * shape[axis]
        counters[slot] = 0
      }
      if carried { return }
    }
  }

  /// The runs of one line: `length` runs of `run` bytes, `stride` apart, from `start`.
  private func forEachRun(
    inLineAt start: Int, length: Int, stride: Int, run: Int, window: Int,
    _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    var done = 0
    while done < length {
      try Cancellation.check()
      let first = start + done * stride
      if stride == run {
        // The runs follow on: one read, handed over whole.
        let taken = min(length - done, max(1, window / run))
        try source.withBytes(in: first..<(first + taken * run), body)
        done += taken
        continue
      }
      // Runs apart (or reversed): as many as fit in one window of the source.
      let step = stride.magnitude
      let fitting = window <= run ? 1 : (step == 0 ? length : (window - run) / Int(step) + 1)
      let taken = min(length - done, fitting)
      let last = first + (taken - 1) * stride
      let low = min(first, last)
      try source.withBytes(in: low..<(max(first, last) + run)) { raw in
        var position = first - low
        for _ in 0..<taken {
          try body(UnsafeRawBufferPointer(rebasing: raw[position..<(position + run)]))
          position += stride
        }
      }
      done += taken
    }
  }

  /// The runs of `lines` lines, `lineStep` bytes apart, of `length` runs `stride` apart each,
  /// a band of lines at a time: for each position along the line, the runs of all the band's
  /// lines lie close together and are read in one piece (or run by run, when further apart than
  /// `window`) into a buffer of at most `budget` bytes, then handed over line by line.
  private func forEachRun(
    inBandAt start: Int, length: Int, stride: Int, lines: Int, lineStep: Int, run: Int,
    budget: Int, window: Int, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    let across = min(lines, max(1, budget / (length * run)))
    let buffer = UnsafeMutableRawBufferPointer.allocate(
      byteCount: length * across * run, alignment: 16)
    defer { buffer.deallocate() }
    var done = 0
    while done < lines {
      try Cancellation.check()
      let taken = min(lines - done, across)
      let bandStart = start + done * lineStep
      for position in 0..<length {
        let first = bandStart + position * stride
        let last = first + (taken - 1) * lineStep
        let low = min(first, last)
        let high = max(first, last) + run
        let target = buffer.baseAddress! + position * taken * run
        if high - low <= window {
          try source.withBytes(in: low..<high) { raw in
            for line in 0..<taken {
              (target + line * run).copyMemory(
                from: raw.baseAddress! + (first - low + line * lineStep), byteCount: run)
            }
          }
        } else {
          for line in 0..<taken {
            let at = first + line * lineStep
            try source.withBytes(in: at..<(at + run)) { raw in
              (target + line * run).copyMemory(from: raw.baseAddress!, byteCount: run)
            }
          }
        }
      }
      for line in 0..<taken {
        for position in 0..<length {
          try body(
            UnsafeRawBufferPointer(
              start: buffer.baseAddress! + (position * taken + line) * run, count: run))
        }
      }
      done += taken
    }
  }
}
