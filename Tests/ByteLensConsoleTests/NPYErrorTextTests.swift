import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// The words of every `NPYError`: what `load` says of a `.npy` file numpy would refuse, and
/// `save` of an array `.npy` cannot hold. A header whose literal or descr fails gives the inner
/// error's words after the part of the header they concern.
@Suite struct NPYErrorTextTests {
  func words(_ header: String) -> [String?] {
    do {
      _ = try NPYHeader.parse(header)
      return ["parsed"]
    } catch let error as any UserFacingError {
      return [error.message, error.hint]
    } catch {
      return ["not a UserFacingError: \(error)"]
    }
  }

  func loadWords(_ bytes: [UInt8]) -> [String?] {
    do {
      _ = try NPYFile.open(MemoryByteSource(bytes, name: "x.npy"))
      return ["loaded"]
    } catch let error as any UserFacingError {
      return [error.message, error.hint]
    } catch {
      return ["not a UserFacingError: \(error)"]
    }
  }

  /// A version 1.0 file: the header padded to 64 bytes, then `data` zero bytes.
  func file(_ header: String, data: Int = 0) -> [UInt8] {
    var text = Array(header.utf8)
    let total = ((10 + text.count + 1 + 63) / 64) * 64
    text += [UInt8](repeating: 0x20, count: total - 10 - text.count - 1) + [0x0A]
    return NPYHeader.magic + [1, 0, UInt8(text.count & 0xFF), UInt8(text.count >> 8)] + text
      + [UInt8](repeating: 0, count: data)
  }

  @Test func everyLoadErrorIsOneClearLine() {
    #expect(
      loadWords([1, 2, 3]) == [
        "'x.npy' is too short for a .npy file: 3 bytes, the magic and version alone take 8", nil,
      ])
    #expect(
      loadWords(Array("PK\u{3}\u{4}abcdefgh".utf8)) == [
        "'x.npy' is not a .npy file: it starts with b'PK\\x03\\x04ab', not b'\\x93NUMPY'", nil,
      ])
    #expect(
      loadWords(NPYHeader.magic + [4, 0, 0, 0]) == [
        "'x.npy' is .npy version 4.0; numpy reads versions 1.0, 2.0 and 3.0", nil,
      ])
    #expect(
      loadWords(NPYHeader.magic + [2, 0, 0, 0]) == [
        "'x.npy' ends inside the header length: 10 bytes, the header of a .npy 2.0 file starts "
          + "at byte 12", nil,
      ])
    #expect(
      loadWords(NPYHeader.magic + [1, 0, 100, 0, 0x7B]) == [
        "'x.npy' is cut short: its header says 100 bytes, but only 1 follow byte 10", nil,
      ])
    #expect(loadWords(file("[1, 2]")) == ["the .npy header is not a dict: [1, 2]", nil])
    #expect(
      loadWords(file("{'descr': '<i4', 'shape': (2,), 3: 4}")) == [
        "the .npy header has the keys ['descr', 'shape', 3]; it needs exactly 'descr', "
          + "'fortran_order' and 'shape'", nil,
      ])
    #expect(
      loadWords(file("{'descr': '<i4', 'fortran_order': False, 'shape': [2], }")) == [
        "shape in the .npy header is not valid: [2], it must be a tuple", nil,
      ])
    #expect(
      loadWords(file("{'descr': '<i4', 'fortran_order': False, 'shape': (2, -1), }")) == [
        "shape in the .npy header is not valid: (2, -1): dimension -1 is negative", nil,
      ])
    #expect(
      loadWords(file("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 'a'), }")) == [
        "shape in the .npy header is not valid: (2, 'a'): 'a' is not an integer", nil,
      ])
    let huge = "{'descr': '<i4', 'fortran_order': False, 'shape': (99999999999999999999,), }"
    #expect(
      loadWords(file(huge)) == [
          "shape in the .npy header is not valid: (99999999999999999999,): 99999999999999999999 "
            + "is too large", nil,
        ])
    let manyDimensions = PythonRepr.tuple([Int](repeating: 1, count: 65))
    #expect(
      loadWords(file("{'descr': '<i4', 'fortran_order': False, 'shape': \(manyDimensions), }"))
        == [
          "shape in the .npy header is not valid: \(manyDimensions.prefix(120))…: 65 dimensions, "
            + "numpy allows 64", nil,
        ])
    #expect(
      loadWords(file("{'descr': '<i4', 'fortran_order': 0, 'shape': (2,), }")) == [
        "fortran_order in the .npy header is not a valid bool: 0", nil,
      ])
    #expect(
      loadWords(file("{'descr': '|O', 'fortran_order': False, 'shape': (2,), }")) == [
        "the .npy file holds an object array (descr '|O'): its data is a Python pickle, which "
          + "bytelens never loads",
        "numpy loads it only with allow_pickle=True, which can run arbitrary code",
      ])
    #expect(
      loadWords(file("{'descr': '|V0', 'fortran_order': False, 'shape': (2,), }")) == [
        "descr '|V0' in the .npy header has itemsize 0", nil,
      ])
    #expect(
      loadWords(file("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }", data: 10)) == [
        "'x.npy' is cut short: shape (3,) of '<i4' needs 12 bytes of data after the 128-byte "
          + "header, but the file has 10",
        "'load x.npy as u1' shows the bytes that are there",
      ])
    let long =
      "{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }"
      + String(repeating: " ", count: 10_000)
    #expect(
      loadWords(file(long)) == [
        "the header of 'x.npy' is 10102 characters long, over numpy's safety limit of 10000 "
          + "characters",
        "numpy refuses it too unless told max_header_size or allow_pickle=True",
      ])
    #expect(
      loadWords(NPYHeader.magic + [2, 0, 0xFF, 0xFF, 0, 0] + Array(repeating: 0x20, count: 0xFFFF))
        == [
          "the header of 'x.npy' is 65535 bytes long, over numpy's safety limit of 10000 "
            + "characters",
          "numpy refuses it too unless told max_header_size or allow_pickle=True",
        ])
    let header = "{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }"
    let text = Array(header.utf8) + [0xFF, 0x0A]
    #expect(
      loadWords(NPYHeader.magic + [3, 0, UInt8(text.count), 0, 0, 0] + text) == [
        "the header of 'x.npy' (.npy 3.0) is not valid UTF-8", nil,
      ])
  }

  @Test(arguments: [
    ("('<i4', (2,), 3)", "a (descr, shape) tuple needs 2 items, not 3"),
    ("[('a',)]", "field 0 must be a (name, descr) or (name, descr, shape) tuple, not ('a',)"),
    ("[(('t', 3), '<i4')]", "field 0: the name of a (title, name) pair must be a string"),
    ("[(3, '<i4')]", "field 0: the name 3 is not a string"),
    ("[('a', '<i4'), ('a', '<f8')]", "field 'a' occurs more than once"),
    ("3", "3 is not a string, tuple or list"),
  ])
  func descrProblems(_ descr: String, _ why: String) throws {
    let written = try PythonLiteral.parse(descr).pythonText
    #expect(
      words("{'descr': \(descr), 'fortran_order': False, 'shape': (2,), }") == [
        "descr in the .npy header is not a valid dtype descriptor: \(written): \(why)", nil,
      ])
  }

  @Test func objectArraysAreNotSaved() throws {
    let object = try DType.parse("O")
    do {
      _ = try NPYHeader.encode(dtype: object, shape: [1], fortranOrder: false)
      Issue.record("encoded an object dtype")
    } catch let error as any UserFacingError {
      #expect(
        error.message == "cannot save '\(object.str)': object arrays are Python pickles in .npy")
      #expect(error.hint == nil)
    }
  }

  @Test func headerThatIsNotALiteral() {
    #expect(
      words("{'descr': '<i4' 'fortran_order': False}")
        == [
          "cannot parse the .npy header {'descr': '<i4' 'fortran_order': False}: expected ',' "
            + "or '}' in a dict at column 17 of the literal", nil,
        ])
  }

  @Test func descrThatIsNotADType() {
    #expect(
      words("{'descr': '<i3', 'fortran_order': False, 'shape': (2,), }")
        == [
          "descr in the .npy header is not a valid dtype descriptor: '<i3': data type '<i3' not "
            + "understood: there is no 3-byte signed integer", nil,
        ])
    #expect(
      words("{'descr': [('a', '<i4', (-1,))], 'fortran_order': False, 'shape': (2,), }")
        == [
          "descr in the .npy header is not a valid dtype descriptor: [('a', '<i4', (-1,))]: "
            + "invalid shape in fixed-type tuple: dimension -1 is negative", nil,
        ])
  }

  @Test func dtypeWithoutADescrCannotBeSaved() throws {
    let dtype = try DType.parse(
      "{'names': ['a', 'b'], 'formats': ['<i4', '<i4'], 'offsets': [0, 2]}")
    do {
      _ = try NPYHeader.encode(dtype: dtype, shape: [1], fortranOrder: false)
      Issue.record("encoded a dtype that has no descr")
    } catch let error as any UserFacingError {
      #expect(
        error.message
          == "cannot save as .npy: dtype.descr is not defined for types with overlapping or "
          + "out-of-order fields")
      #expect(error.hint == "save raw bytes instead ('save PATH raw'), or select fields first")
    }
  }
}
