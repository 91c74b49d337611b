import ByteLensEngine
import Testing

@testable import ByteLensConsole

@Suite struct ParserPicturesTests {
  @Test func plot() throws {
    #expect(try parsed("plot") == .plot(.braille, size: nil))
    #expect(try parsed("plot blocks") == .plot(.blocks, size: nil))
    #expect(
      try parsed("plot 100x30 braille")
        == .plot(.braille, size: PictureSize(columns: 100, rows: 30)))
    #expect(
      try parsed("plot blocks 20x4") == .plot(.blocks, size: PictureSize(columns: 20, rows: 4)))
  }

  @Test func imageAndBytemap() throws {
    #expect(try parsed("image") == .image(size: nil))
    #expect(try parsed("image 1000x500") == .image(size: PictureSize(columns: 1000, rows: 500)))
    #expect(try parsed("bytemap") == .bytemap(size: nil))
    #expect(try parsed("bytemap 40x8") == .bytemap(size: PictureSize(columns: 40, rows: 8)))
  }

  @Test func pictureErrors() {
    #expect(parseError("plot braille blocks")?.message == "give one style, not two: 'blocks'")
    #expect(parseError("plot 30x8 40x8")?.message == "the size is given twice")
    #expect(
      parseError("plot wide")?.message
        == "unexpected 'wide' after 'plot': expected a size such as 100x30")
    #expect(parseError("plot wide")?.hint == "usage: plot [braille|blocks] [COLSxROWS]")
    #expect(
      parseError("image 19x10")?.message
        == "image size must be 20 to 1000 columns by 4 to 500 rows, not '19x10'")
    #expect(parseError("image 20x501")?.message.hasSuffix("not '20x501'") == true)
    #expect(parseError("bytemap 0x0")?.message.hasSuffix("not '0x0'") == true)
    #expect(parseError("bytemap 99999999999999999999x4")?.message.hasPrefix("unexpected") == true)
    #expect(parseError("bytemap 40x")?.message.hasPrefix("unexpected '40x'") == true)
    #expect(parseError("image blocks")?.message.hasPrefix("unexpected 'blocks'") == true)
    #expect(parseError("bytemap -40x8")?.message != nil)
  }
}

/// The words of every `PictureError`.
@Suite struct PictureErrorTextTests {
  @Test func refusals() {
    #expect(
      words { throw PictureError.notRealNumbers(.image, dtype: ">c8", .complex) } == [
        "image draws real numbers; elements of '>c8' are complex numbers",
        "view the real and imaginary parts as floats: as >f4",
      ])
    #expect(
      words { throw PictureError.notRealNumbers(.plot, dtype: "<M8[s]", .datetime) } == [
        "plot draws real numbers; elements of '<M8[s]' are dates and times",
        "view the counts as integers: as <i8",
      ])
    #expect(
      words { throw PictureError.notRealNumbers(.plot, dtype: "|V12", .structured) } == [
        "plot draws real numbers; elements of '|V12' are records",
        "pick a numeric field first, e.g. ['value']",
      ])
    #expect(
      words { throw PictureError.notRealNumbers(.plot, dtype: "<U3", .text) } == [
        "plot draws real numbers; elements of '<U3' are not numbers",
        "view the bytes as numbers first, e.g. as u1",
      ])
    #expect(
      words { throw PictureError.emptyView(.image, shape: [0, 3]) } == [
        "the view is empty (shape (0, 3)): image has nothing to draw", nil,
      ])
    #expect(
      words { throw PictureError.zeroDimensional(.plot) } == [
        "plot draws a line through values; a 0-d view holds one", "'show' prints it",
      ])
    #expect(
      words { throw PictureError.needsTwoDimensions(shape: [2, 3, 4]) } == [
        "image draws a 2-D view; this one has shape (2, 3, 4)", "pick a plane first, e.g. [0]",
      ])
    #expect(
      words { throw PictureError.needsTwoDimensions(shape: [12]) } == [
        "image draws a 2-D view; this one has shape (12,)",
        "give it rows first, e.g. reshape -1,64 (the row width in elements)",
      ])
    #expect(
      words { throw PictureError.emptySource(name: "<bytes>") } == [
        "<bytes> has no bytes: there is nothing to map", nil,
      ])
  }
}
