import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// The words of `ExportError`: why `export c`, `export struct` or `save … meta` refuses a
/// dtype, with the hint that names the command which fixes it.
@Suite struct ExportErrorTextTests {
  @Test func structFormats() throws {
    let mixed = try DType.parse("<i4,>i4")
    #expect(
      words { _ = try StructFormatExport.format(for: mixed) } == [
        "[('f0', '<i4'), ('f1', '>i4')] mixes little- and big-endian fields; a struct format "
          + "has one byte order",
        "make the byte order uniform first, e.g. 'byteorder little'",
      ])
    let overlapping = try DType.parse(
      "{'names':['a','b'],'formats':['<i4','<i4'],'offsets':[0,2]}")
    #expect(
      words { _ = try StructFormatExport.format(for: overlapping) } == [
        "field 'b' at byte 2 overlaps the field before it, which ends at 4: a struct format "
          + "lays fields one after another", nil,
      ])
    let objects = try DType.parse("O")
    #expect(
      words { _ = try StructFormatExport.format(for: objects) } == [
        "'\(objects.str)' holds Python objects, which have no struct format", nil,
      ])
  }

  @Test func cDeclarations() throws {
    let overlapping = try DType.parse(
      "{'names':['a','b'],'formats':['<i4','<i4'],'offsets':[0,2]}")
    #expect(
      words { _ = try CDeclarationExport.text(for: overlapping, shape: [2]) } == [
        "field 'b' at byte 2 overlaps the field before it, which ends at 4: a C struct cannot "
          + "hold overlapping fields",
        "select the fields you need first, e.g. ['b']",
      ])
    let objects = try DType.parse("O")
    #expect(
      words { _ = try CDeclarationExport.text(for: objects, shape: [2]) } == [
        "'\(objects.str)' holds Python objects, which have no C layout", nil,
      ])
  }

  @Test func lengthPrefixedHeaders() {
    #expect(
      words { _ = try LengthPrefixedHeader.encode(dtype: .uint8, shape: [1 << 32]) } == [
        "dimension 4294967296 does not fit the header's u32 (at most 4294967295)",
        "the length-prefixed header stores sizes as struct.pack('I'); use .npy instead",
      ])
    let cases: [ExportError.HeaderSize] = [.dtypeStringLength, .dimensionCount]
    #expect(
      cases.map { ExportError.doesNotFitU32($0, value: -1).message } == [
        "a dtype string of length -1 does not fit the header's u32 (at most 4294967295)",
        "the number of dimensions -1 does not fit the header's u32 (at most 4294967295)",
      ])
  }
}
