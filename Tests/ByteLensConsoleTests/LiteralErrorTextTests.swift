import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// The words of every `LiteralError`: what `array LITERAL [as DT]` shows for values numpy
/// refuses, and for text that is not a Python literal.
@Suite struct LiteralErrorTextTests {
  func words(_ literal: String, as spelling: String? = nil) -> [String?] {
    do {
      _ = try ArrayBuilder.array(literal, dtype: spelling.map { try DType.parse($0) })
      return ["built"]
    } catch let error as any UserFacingError {
      return [error.message, error.hint]
    } catch {
      return ["not a UserFacingError: \(error)"]
    }
  }

  @Test(arguments: [
    ("[1, 2", nil, "missing ']' at column 6 of the literal", nil),
    ("[1 2]", nil, "expected ',' or ']' but found '2' at column 4 of the literal", nil),
    ("[1,,2]", nil, "unexpected ',' at column 4 of the literal", nil),
    ("{'a' 1}", nil, "expected ':' in a dict at column 6 of the literal", nil),
    ("{'a': 1 2}", nil, "expected ',' or '}' in a dict at column 9 of the literal", nil),
    ("{'a': 1", nil, "missing '}' at column 8 of the literal", nil),
    ("[-foo]", nil, "expected a number at column 2 of the literal", nil),
    ("[0xZZ]", nil, "'0x' is not a number at column 4 of the literal", nil),
    ("[1e5e5j]", nil, "'1e5e5j' is not a number at column 8 of the literal", nil),
    ("['abc]", nil, "unterminated string at column 7 of the literal", nil),
    ("['\\u12']", nil, "bad \\u escape at column 7 of the literal", nil),
    (String(repeating: "[", count: 101), nil,
     "nesting deeper than 100 levels at column 101 of the literal", nil),
    ("[[1, 2], [3]]", nil,
     "setting an array element with a sequence: the nested lists have an inhomogeneous shape "
       + "((2,) vs (1,))", "every row must have the same length"),
    ("[99999999999999999999999]", nil,
     "Python integer 99999999999999999999999 does not fit in 64 bits", nil),
    ("[None]", nil, "cannot put None in an array",
     "values: numbers, True/False, 'text', b'bytes', nested lists"),
    ("[b'a', b'abc']", "V",
     "void values of different lengths (1 and 3 bytes) for a sizeless 'V'",
     "give the size, e.g. 'V4', or use 'S' to pad the shorter values"),
    ("['1.5']", "i4", "could not convert '1.5' to '<i4'", nil),
    ("[1]", "M8", "converting the integer 1 to a datetime64 requires a unit",
     "use e.g. 'M8[D]' or 'M8[s]'"),
    ("[1]", "O", "cannot build an array of '|O8': object arrays are not bytes", nil),
    ("[1]", "V0", "cannot build an array of '|V0': its itemsize is zero", nil),
    ("[(1,)]", "i4,i4", "a record of '[('f0', '<i4'), ('f1', '<i4')]' needs a tuple of 2 "
      + "values, got (1,)", nil),
    ("[((1, 2),)]", "[('a', '(3,)i4')]", "a subarray of shape (3,) got (2,)", nil),
    ("['é']", "S2", "'é' is not ASCII, so it cannot be stored as bytes '|S2'", nil),
    ("[1]", "V4", "a void '|V4' element needs b'...' bytes, got 1", nil),
    ("[1.5]", "M8[D]",
     "a datetime64 element needs 'YYYY-MM-DD…' text or an integer, got 1.5", nil),
    ("['x']", "m8[s]", "a timedelta64 element needs an integer, got 'x'", nil),
    ("[300]", "u1", "Python integer 300 out of bounds for uint8", nil),
    ("[nan]", "i4", "cannot convert float nan to integer", nil),
    ("[-inf]", "i8", "cannot convert float -inf to integer", nil),
    ("[1+2j]", "f8", "cannot put complex (1+2j) in '<f8' without losing the imaginary part",
     nil),
    ("[b'x']", "f8", "could not convert b'x' to '<f8'", nil),
    ("[('2020-01-01',)]", "[('a','M8')]",
     "cannot read '2020-01-01' as a datetime64 without a unit", "use e.g. 'M8[D]' or 'M8[s]'"),
    ("['2020-02-30']", "M8[D]",
     "'2020-02-30' is not an ISO date such as 2020-01-31 or 2020-01-31T12:00:00", nil),
  ] as [(String, String?, String, String?)])
  func valuesNumpyRefuses(_ literal: String, _ dtype: String?, _ message: String, _ hint: String?) {
    #expect(words(literal, as: dtype) == [message, hint])
  }

  @Test func printingWords() {
    let error = PrintingError.genericDatetimeValue(5)
    #expect(error.message == "cannot convert a datetime64 value other than NaT with generic units")
    #expect(error.hint == nil)
  }
}
