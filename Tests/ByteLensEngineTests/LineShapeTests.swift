import Testing

@testable import ByteLensEngine

/// Lines appended with a shape read back as if appended run by run, whatever follows them.
@Suite struct LineShapeTests {
  let shape = LineShape(runs: [(.offset, 3), (.boundary, 1), (.element(tone: 0), 2), (.plain, 2)])

  /// `appendLine(ascii:shape:)` against the same line appended with its runs and a newline.
  func bothWays(_ build: (inout StyledText, Bool) -> Void) -> (shaped: StyledText, runs: StyledText) {
    var shaped = StyledText()
    var runs = StyledText()
    build(&shaped, true)
    build(&runs, false)
    return (shaped, runs)
  }

  func appendLine(_ text: String, shape: LineShape, to styled: inout StyledText, shaped: Bool) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { bytes in
      if shaped {
        styled.appendLine(ascii: bytes, shape: shape)
      } else {
        shape.runs.withUnsafeBufferPointer { styled.appendASCII(bytes, runs: $0) }
        styled.appendASCII(UInt8(ascii: "\n"))
      }
    }
  }

  @Test func shapedLinesReadAsTheirRuns() {
    let (shaped, runs) = bothWays { text, shaped in
      text.append("head ", role: .label)
      text.append("x", role: .offset)  // the first run of the line merges with it
      appendLine("012[ab  ", shape: shape, to: &text, shaped: shaped)
      appendLine("345[cd  ", shape: shape, to: &text, shaped: shaped)
    }
    #expect(shaped == runs)
    #expect(shaped.hashValue == runs.hashValue)
    #expect(shaped.spans == runs.spans)
    #expect(shaped.spans.count == 9)
    #expect(shaped.plainText == "head x012[ab  \n345[cd  \n")
    shaped.withRuns(shapedLines: { _, runsBefore, lines in
      #expect(runsBefore.count == 2)
      #expect(lines.map(\.start) == [6, 15])
    })
  }

  @Test func textAppendedAfterShapedLinesSettlesThem() {
    for next in 0..<5 {
      let (shaped, runs) = bothWays { text, shaped in
        appendLine("012[ab  ", shape: shape, to: &text, shaped: shaped)
        switch next {
        case 0: text.append("*", role: .muted)
        case 1: text.appendASCII(UInt8(ascii: "\n"))
        case 2: text.trimTrailingSpaces()
        case 3: text.append(StyledText("more", role: .plain))
        default: text.appendSpaces(3)
        }
        appendLine("345[cd  ", shape: shape, to: &text, shaped: shaped)
      }
      #expect(shaped == runs, "\(next)")
      #expect(shaped.spans == runs.spans, "\(next)")
    }
  }

  @Test func aShapesPrefixCutsItsRuns() {
    let cut = shape.prefix(5)
    #expect(cut.length == 5)
    #expect(cut.runs.map(\.count) == [3, 1, 1])
    #expect(cut.runs.map(\.role) == [.offset, .boundary, .element(tone: 0)])
    #expect(shape.prefix(4).runs.map(\.count) == [3, 1])
    #expect(shape.prefix(0).length == 0)
  }

  @Test func removingAllForgetsShapedLines() {
    var text = StyledText()
    appendLine("012[ab  ", shape: shape, to: &text, shaped: true)
    text.removeAll(keepingCapacity: true)
    #expect(text.isEmpty && text.spans.isEmpty)
    text.append("z", role: .error)
    #expect(text.spans == [StyledText.Span("z", role: .error)])
  }

  /// A styled hexdump of a contiguous view keeps its template rows as shaped lines, so that
  /// the app's colouring takes its fast path (and the comparisons with the general path
  /// compare something).
  @Test func templateRowsOfAStyledDumpAreShapedLines() throws {
    let bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) }
    let view = try ArrayView.frombuffer(MemoryByteSource(bytes), dtype: try DType.parse("u1"), count: 4096)
    var chunks = 0
    var shapedLines = 0
    try HexdumpRenderer(view, options: .init(rows: nil)).render { text in
      chunks += 1
      text.withRuns(shapedLines: { _, _, lines in shapedLines += lines.count })
    }
    #expect(chunks > 1)
    #expect(shapedLines == 4096 / 16)
  }
}
