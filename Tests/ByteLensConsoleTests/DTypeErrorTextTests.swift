import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// The words of every `DTypeError`: what `as DT` shows for a spelling numpy refuses.
@Suite struct DTypeErrorTextTests {
  func words(_ spelling: String) -> [String?] {
    do {
      _ = try DType.parse(spelling)
      return ["parsed"]
    } catch let error as any UserFacingError {
      return [error.message, error.hint]
    } catch {
      return ["not a UserFacingError: \(error)"]
    }
  }

  @Test(arguments: [
    ("f3", "data type 'f3' not understood: there is no 3-byte float",
     "did you mean '<f2' or '<f4'?"),
    (">u3", "data type '>u3' not understood: there is no 3-byte unsigned integer",
     "did you mean '>u2' or '>u4'?"),
    ("b2", "data type 'b2' not understood: there is no 2-byte bool", "did you mean '|b1'?"),
    ("c4", "data type 'c4' not understood: there is no 4-byte complex", "did you mean '<c8'?"),
    ("i16", "data type 'i16' not understood: there is no 16-byte signed integer",
     "did you mean '<i8'?"),
    ("<M4", "data type '<M4' not understood: there is no 4-byte datetime/timedelta",
     "did you mean '<M8'?"),
    ("Float64", "data type 'Float64' not understood", "did you mean 'float64'?"),
    ("' i4'", "data type ' i4' not understood", "did you mean 'i4'?"),
    ("S-1", "data type 'S-1' not understood", "try 'help dtypes' for the spellings"),
    ("int0", "data type 'int0' was removed in NumPy 2.0",
     "use a name without a digit at the end, e.g. 'int'"),
    ("S9999999999", "data type 'S9999999999' is too large", nil),
    ("M8[xs]", "invalid datetime unit in 'M8[xs]'",
     "units: Y M W D h m s ms us ns ps fs as, with an optional count such as [5s]"),
    ("M8[s/0]", "invalid datetime unit in 'M8[s/0]'", nil),
    ("M8[M/7]", "cannot divide the unit of 'M8[M/7]' by 7 exactly", nil),
    ("M8[5D/2147483629]", "datetime unit of 'M8[5D/2147483629]' is too fine", nil),
    ("M8[9223372036854775807Y/2]",
     "the unit count in 'M8[9223372036854775807Y/2]' must be from 1 to 2147483647", nil),
    ("M8[-5s]", "the unit count in 'M8[-5s]' must be from 1 to 2147483647", nil),
    ("M8[µs]", "invalid datetime unit in 'M8[µs]'",
     "units: Y M W D h m s ms us ns ps fs as, with an optional count such as [5s]"),
    ("i4,<i4>", "format number 2 of 'i4,<i4>' is not recognized", nil),
    (">2<i4,f8", "inconsistent byte-order specification > and <", nil),
    ("('i4', (2,), 3)", "a tuple data type must be (base, shape), not a 3-tuple",
     "for example ('<i4', (2, 3))"),
    ("[('a', 3)]", "data type 3 not understood", nil),
    ("[", "unexpected end at column 2 of the literal", nil),
    ("('i4', 'x')", "invalid shape 'x' in a subarray data type", nil),
    ("('i4', (2, 'x'))", "invalid dimension 'x' in a subarray shape", nil),
    ("('i4',(2,-3))", "invalid shape in fixed-type tuple: dimension -3 is negative", nil),
    ("(2147483648,)u1",
     "invalid shape in fixed-type tuple: dtype size in bytes must fit into a C int", nil),
    ("[('a',)]", "field 0 of a list data type must be a (name, format) or (name, format, shape) "
      + "tuple, not ('a',)", nil),
    ("[(('t', 3), 'i4')]", "field 0: the name in a (title, name) pair must be a string", nil),
    ("[(3, 'i4')]", "field 0: name 3 must be a string", nil),
    ("[(('t', ''), 'i4')]", "field 0 has the title 't' but an empty name",
     "give the field a name: (('t', 'name'), format)"),
    ("[('a','i4'),('a','f8')]", "field 'a' occurs more than once", nil),
    ("[(('a', 'a'), 'i4')]", "title 'a' is already used as a name or title", nil),
    ("{3: ('i4', 0)}", "dict data type keys must be strings, not 3", nil),
    ("{'names': ['a']}", "a dict data type needs 'names' and 'formats' lists", nil),
    ("{'names':['a','b'],'formats':['i4']}", "'names' has 2 entries but 'formats' has 1", nil),
    ("{'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [0]}",
     "'offsets' must be a list with one offset per name", nil),
    ("{'names': ['a'], 'formats': ['i4'], 'offsets': [-1]}",
     "offset -1 must be a non-negative integer", nil),
    ("{'names': ['a'], 'formats': ['i4'], 'titles': 3}",
     "'titles' must be a list with one title per name", nil),
    ("{'names': [3], 'formats': ['i4']}", "field name 3 must be a string", nil),
    ("{'names': ['a'], 'formats': ['i4'], 'itemsize': -2}",
     "'itemsize' must be a non-negative integer, not -2", nil),
    ("{'names': ['a'], 'formats': ['i4'], 'itemsize': 2}",
     "the fields need 4 bytes, so 'itemsize' cannot be the smaller 2", nil),
    ("{'names': ['a'], 'formats': ['i4'], 'offsets': [2], 'aligned': True}",
     "offset 2 of field 'a' is not divisible by its alignment 4 with align=True", nil),
    ("{'names': ['a'], 'formats': ['i4'], 'offsets': [0], 'itemsize': 6, 'aligned': True}",
     "'itemsize' 6 must be a multiple of the alignment 4 with align=True", nil),
    ("{'a': 'i4'}",
     "a dict data type needs 'names' and 'formats', or entries name: (format, offset)", nil),
    ("(3037000500,3037000500)i4", "size 3037000500 × 3037000500 overflows a 64-bit integer", nil),
  ] as [(String, String, String?)])
  func spellingNumpyRefuses(_ spelling: String, _ message: String, _ hint: String?) {
    #expect(words(spelling) == [message, hint])
  }

  @Test func casesWithoutASpelling() {
    #expect(DTypeError.missing.message == "missing data type")
    #expect(DTypeError.missing.hint == nil)
    #expect(
      DTypeError.structuredTooLarge(itemsize: 4_294_967_296).message
        == "structured data type of 4294967296 bytes is too large")
    #expect(
      DTypeError.descrUndefined(field: "b").message
        == "dtype.descr is not defined for types with overlapping or out-of-order fields")
    #expect(
      DTypeError.offsetOverflows(Int.max, 1).message
        == "offset 9223372036854775807 + 1 overflows a 64-bit integer")
  }
}
