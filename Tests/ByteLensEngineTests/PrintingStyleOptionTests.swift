import Testing
@testable import ByteLensEngine

/// The print options `floatmode`, `sign`, `nanstr`, `infstr` and `formatter={'int': …}`, pinned
/// from numpy 2.4.6 (`np.set_printoptions(...)`, then `str(a)` and `repr(a)`; the numpy
/// expressions are beside each case). Generated once with numpy, then read line by line.
@Suite struct PrintingStyleOptionTests: PrintingTestCase {
  /// Fixed pads every value to precision digits, from the exact binary value.
  @Test func case00() throws {
    // a = np.array([0.1, 1.5, -3.25]); np.set_printoptions(floatmode='fixed', precision=3)
    let a = try fixture("<f8", [3], "9a9999999999b93f000000000000f83f0000000000000ac0")
    var o = PrintOptions()
    o.floatmode = .fixed
    o.precision = 3
    #expect(try ArrayPrinter.str(a, options: o) == "[ 0.100  1.500 -3.250]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([ 0.100,  1.500, -3.250])")
  }

  /// Fixed shows float32's exact digits past its shortest ones.
  @Test func case01() throws {
    // a = np.array([0.1, 0.2], 'f4'); np.set_printoptions(floatmode='fixed', precision=12)
    let a = try fixture("<f4", [2], "cdcccc3dcdcc4c3e")
    var o = PrintOptions()
    o.floatmode = .fixed
    o.precision = 12
    #expect(try ArrayPrinter.str(a, options: o) == "[0.100000001490 0.200000002980]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([0.100000001490, 0.200000002980], dtype=float32)")
  }

  /// Fixed in scientific notation.
  @Test func case02() throws {
    // a = np.array([1e-9, 1.0]); np.set_printoptions(floatmode='fixed', precision=4)
    let a = try fixture("<f8", [2], "95d626e80b2e113e000000000000f03f")
    var o = PrintOptions()
    o.floatmode = .fixed
    o.precision = 4
    #expect(try ArrayPrinter.str(a, options: o) == "[1.0000e-09 1.0000e+00]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([1.0000e-09, 1.0000e+00])")
  }

  /// Fixed rounds half to even on the exact value.
  @Test func case03() throws {
    // a = np.array([0.5, 1.5, 2.5, 0.125]); np.set_printoptions(floatmode='fixed', precision=0)
    let a = try fixture("<f8", [4], "000000000000e03f000000000000f83f0000000000000440000000000000c03f")
    var o = PrintOptions()
    o.floatmode = .fixed
    o.precision = 0
    #expect(try ArrayPrinter.str(a, options: o) == "[0. 2. 2. 0.]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([0., 2., 2., 0.])")
  }

  /// Unique ignores precision.
  @Test func case04() throws {
    // a = np.array([0.1, 1/3]); np.set_printoptions(floatmode='unique', precision=2)
    let a = try fixture("<f8", [2], "9a9999999999b93f555555555555d53f")
    var o = PrintOptions()
    o.floatmode = .unique
    o.precision = 2
    #expect(try ArrayPrinter.str(a, options: o) == "[0.1                0.3333333333333333]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([0.1               , 0.3333333333333333])")
  }

  /// Unique takes a negative precision numpy would refuse elsewhere.
  @Test func case05() throws {
    // a = np.array([0.1, 1/3]); np.set_printoptions(floatmode='unique', precision=-1)
    let a = try fixture("<f8", [2], "9a9999999999b93f555555555555d53f")
    var o = PrintOptions()
    o.floatmode = .unique
    o.precision = -1
    #expect(try ArrayPrinter.str(a, options: o) == "[0.1                0.3333333333333333]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([0.1               , 0.3333333333333333])")
  }

  /// Maxprec_equal gives every value the longest one's digits.
  @Test func case06() throws {
    // a = np.array([0.5, 0.125, 2.0]); np.set_printoptions(floatmode='maxprec_equal')
    let a = try fixture("<f8", [3], "000000000000e03f000000000000c03f0000000000000040")
    var o = PrintOptions()
    o.floatmode = .maxprecEqual
    #expect(try ArrayPrinter.str(a, options: o) == "[0.500 0.125 2.000]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([0.500, 0.125, 2.000])")
  }

  /// Sign + on floats, nan and inf.
  @Test func case07() throws {
    // a = np.array([1.5, -2.0, np.nan, np.inf]); np.set_printoptions(sign='+')
    let a = try fixture("<f8", [4], "000000000000f83f00000000000000c0000000000000f87f000000000000f07f")
    var o = PrintOptions()
    o.sign = .plus
    #expect(try ArrayPrinter.str(a, options: o) == "[+1.5 -2.  +nan +inf]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([+1.5, -2. , +nan, +inf])")
  }

  /// Sign ' ' leaves room for a sign when no finite value has one.
  @Test func case08() throws {
    // a = np.array([1.5, 2.0, np.nan]); np.set_printoptions(sign=' ')
    let a = try fixture("<f8", [3], "000000000000f83f0000000000000040000000000000f87f")
    var o = PrintOptions()
    o.sign = .space
    #expect(try ArrayPrinter.str(a, options: o) == "[ 1.5  2.   nan]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([ 1.5,  2. ,  nan])")
  }

  /// Sign ' ' adds nothing when a value is -0.0.
  @Test func case09() throws {
    // a = np.array([-0.0, 2.0]); np.set_printoptions(sign=' ')
    let a = try fixture("<f8", [2], "00000000000000800000000000000040")
    var o = PrintOptions()
    o.sign = .space
    #expect(try ArrayPrinter.str(a, options: o) == "[-0.  2.]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([-0.,  2.])")
  }

  /// Sign + on complex: the real part's, the imaginary part always has one.
  @Test func case10() throws {
    // a = np.array([1+2j, -1-0.5j]); np.set_printoptions(sign='+')
    let a = try fixture("<c16", [2], "000000000000f03f0000000000000040000000000000f0bf000000000000e0bf")
    var o = PrintOptions()
    o.sign = .plus
    #expect(try ArrayPrinter.str(a, options: o) == "[+1.+2.j  -1.-0.5j]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([+1.+2.j , -1.-0.5j])")
  }

  /// Sign ' ' on complex with fixed.
  @Test func case11() throws {
    // a = np.array([1+1j, 2.5-1e-9j], 'c8'); np.set_printoptions(sign=' ', floatmode='fixed')
    let a = try fixture("<c8", [2], "0000803f0000803f000020405f7089b0")
    var o = PrintOptions()
    o.sign = .space
    o.floatmode = .fixed
    #expect(try ArrayPrinter.str(a, options: o) == "[ 1.00000000+1.00000000e+00j  2.50000000-9.99999972e-10j]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([ 1.00000000+1.00000000e+00j,  2.50000000-9.99999972e-10j],\n      dtype=complex64)")
  }

  /// Nanstr and infstr set the width of the column.
  @Test func case12() throws {
    // a = np.array([np.nan, -np.inf, 1.5]); np.set_printoptions(nanstr='not a number', infstr='∞')
    let a = try fixture("<f8", [3], "000000000000f87f000000000000f0ff000000000000f83f")
    var o = PrintOptions()
    o.nanstr = "not a number"
    o.infstr = "∞"
    #expect(try ArrayPrinter.str(a, options: o) == "[not a number           -∞          1.5]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([not a number,           -∞,          1.5])")
  }

  /// An empty infstr leaves only the minus.
  @Test func case13() throws {
    // a = np.array([-np.inf, np.inf, 1.0]); np.set_printoptions(infstr='')
    let a = try fixture("<f8", [3], "000000000000f0ff000000000000f07f000000000000f03f")
    var o = PrintOptions()
    o.infstr = ""
    #expect(try ArrayPrinter.str(a, options: o) == "[  -      1.]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([  -,    ,  1.])")
  }

  /// Sign + on integers widens the column.
  @Test func case14() throws {
    // a = np.array([0, 5, 255], 'u1'); np.set_printoptions(sign='+')
    let a = try fixture("|u1", [3], "0005ff")
    var o = PrintOptions()
    o.sign = .plus
    #expect(try ArrayPrinter.str(a, options: o) == "[  +0   +5 +255]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([  +0,   +5, +255], dtype=uint8)")
  }

  /// Sign ' ' on integers turns into '-' when one is negative.
  @Test func case15() throws {
    // a = np.array([-1, 5, 100], 'i1'); np.set_printoptions(sign=' ')
    let a = try fixture("|i1", [3], "ff0564")
    var o = PrintOptions()
    o.sign = .space
    #expect(try ArrayPrinter.str(a, options: o) == "[ -1   5 100]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([ -1,   5, 100], dtype=int8)")
  }

  /// Sign ' ' on non-negative integers.
  @Test func case16() throws {
    // a = np.array([7, 10], 'i2'); np.set_printoptions(sign=' ')
    let a = try fixture("<i2", [2], "07000a00")
    var o = PrintOptions()
    o.sign = .space
    #expect(try ArrayPrinter.str(a, options: o) == "[  7  10]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([  7,  10], dtype=int16)")
  }

  /// Formatter int hex: Python's hex, unpadded, negative as -0x.
  @Test func case17() throws {
    // a = np.array([1, -5, 255, 100000], 'i4'); np.set_printoptions(formatter={'int': hex})
    let a = try fixture("<i4", [4], "01000000fbffffffff000000a0860100")
    var o = PrintOptions()
    o.formatter = .init(key: "int", function: .hex)
    #expect(try ArrayPrinter.str(a, options: o) == "[0x1 -0x5 0xff 0x186a0]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([0x1, -0x5, 0xff, 0x186a0], dtype=int32)")
  }

  /// Formatter int_kind oct at the limits of int64.
  @Test func case18() throws {
    // a = np.array([-2**63, 2**63-1]); np.set_printoptions(formatter={'int_kind': oct})
    let a = try fixture("<i8", [2], "0000000000000080ffffffffffffff7f")
    var o = PrintOptions()
    o.formatter = .init(key: "int_kind", function: .oct)
    #expect(try ArrayPrinter.str(a, options: o) == "[-0o1000000000000000000000 0o777777777777777777777]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([-0o1000000000000000000000, 0o777777777777777777777])")
  }

  /// Formatter int bin on uint64.
  @Test func case19() throws {
    // a = np.array([0, 2**64-1], 'u8'); np.set_printoptions(formatter={'int': bin})
    let a = try fixture("<u8", [2], "0000000000000000ffffffffffffffff")
    var o = PrintOptions()
    o.formatter = .init(key: "int", function: .bin)
    #expect(try ArrayPrinter.str(a, options: o) == "[0b0 0b1111111111111111111111111111111111111111111111111111111111111111]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([0b0,\n       0b1111111111111111111111111111111111111111111111111111111111111111],\n      dtype=uint64)")
  }

  /// The formatter leaves bools alone.
  @Test func case20() throws {
    // a = np.array([True, False]); np.set_printoptions(formatter={'int': hex}, sign='+')
    let a = try fixture("|b1", [2], "0100")
    var o = PrintOptions()
    o.formatter = .init(key: "int", function: .hex)
    o.sign = .plus
    #expect(try ArrayPrinter.str(a, options: o) == "[ True False]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([ True, False])")
  }

  /// Formatter and sign inside records.
  @Test func case21() throws {
    // a = np.array([(1, 2.5, 1+1j)], 'i4,f8,c16'); np.set_printoptions(formatter={'int': hex}, sign='+')
    let a = try fixture("<i4,<f8,<c16", [1], "010000000000000000000440000000000000f03f000000000000f03f")
    var o = PrintOptions()
    o.formatter = .init(key: "int", function: .hex)
    o.sign = .plus
    #expect(try ArrayPrinter.str(a, options: o) == "[(0x1, +2.5, +1.+1.j)]")
    #expect(try ArrayPrinter.repr(a, options: o) == "array([(0x1, +2.5, +1.+1.j)],\n      dtype=[('f0', '<i4'), ('f1', '<f8'), ('f2', '<c16')])")
  }

  /// Every numpy formatter key reaches its kinds; hex on a non-integer fails as numpy's
  /// TypeError does, and keys numpy does not know change nothing.
  @Test func formatterKeysReachNumpysKinds() throws {
    // np.set_printoptions(formatter={KEY: hex}); repr(a) for each
    let ints = try fixture("<i2", [2], "0100feff")
    let floats = try fixture("<f4", [1], "0000c03f")
    let bools = try fixture("|b1", [1], "01")
    let times = try fixture("<m8[s]", [1], "0500000000000000")
    let record = try fixture("<i4,<f8", [1], "01000000000000000000f83f")
    var o = PrintOptions()
    func reprWith(_ key: String, _ a: ArrayView) throws -> String {
      o.formatter = .init(key: key, function: .hex)
      return try ArrayPrinter.repr(a, options: o)
    }
    #expect(try reprWith("all", ints) == "array([0x1, -0x2], dtype=int16)")
    #expect(try reprWith("foo", ints) == "array([ 1, -2], dtype=int16)")
    #expect(try reprWith("str", floats) == "array([1.5], dtype=float32)")
    #expect(try reprWith("float", ints) == "array([ 1, -2], dtype=int16)")
    #expect(try reprWith("int_kind", times) == "array([5], dtype='timedelta64[s]')")
    #expect(try reprWith("int", record) == "array([(0x1, 1.5)], dtype=[('f0', '<i4'), ('f1', '<f8')])")
    let f4 = try DType.parse("<f4")
    #expect(throws: PrintingError.notAnInteger(f4)) { try reprWith("float", floats) }
    #expect(throws: PrintingError.notAnInteger(f4)) { try reprWith("float_kind", floats) }
    #expect(throws: PrintingError.notAnInteger(f4)) { try reprWith("all", floats) }
    #expect(try reprWith("longfloat", floats) == "array([1.5], dtype=float32)")
    #expect(throws: PrintingError.notAnInteger(.bool)) { try reprWith("bool", bools) }
    #expect(throws: PrintingError.notAnInteger(try DType.parse("<m8[s]"))) {
      try reprWith("timedelta", times)
    }
    #expect(throws: PrintingError.notAnInteger(try DType.parse("<f8"))) {
      try reprWith("float", record)
    }
    #expect(f4.scalarTypeName == "numpy.float32")
    #expect(try DType.parse("g").scalarTypeName == "numpy.longdouble")
    #expect(try DType.parse("S3").scalarTypeName == "numpy.bytes_")
    #expect(try DType.parse("q").scalarTypeName == "numpy.longlong")
  }

  /// NumPy's Dragon4 buffer: 16381 fixed digits fit, 16382 fail (RuntimeError).
  @Test func fixedDigitsPastTheBufferFail() throws {
    // a = np.array([1.5]); np.set_printoptions(floatmode='fixed', precision=16381)
    let a = try fixture("<f8", [1], "000000000000f83f")
    var o = PrintOptions()
    o.floatmode = .fixed
    o.precision = 16381
    #expect(try ArrayPrinter.str(a, options: o).utf8.count == 16385)
    o.precision = 16382
    #expect(throws: PrintingError.formattingResultTooLarge) { try ArrayPrinter.str(a, options: o) }
    o.precision = -1
    #expect(throws: PrintingError.unusablePrecision(-1)) { try ArrayPrinter.str(a, options: o) }
    o.floatmode = .unique
    #expect(try ArrayPrinter.str(a, options: o) == "[1.5]")
  }

  /// A `nanstr` wider than the buffer pads positional values past it (RuntimeError).
  @Test func wideNanTextFails() throws {
    // a = np.array([np.nan, 1.5]); np.set_printoptions(nanstr='x' * 20000)
    let a = try fixture("<f8", [2], "000000000000f87f000000000000f83f")
    var o = PrintOptions()
    o.nanstr = String(repeating: "x", count: 20000)
    #expect(throws: PrintingError.formattingResultTooLarge) { try ArrayPrinter.repr(a, options: o) }
  }

  /// Scalars ignore the options, as numpy's do.
  @Test func scalarsIgnoreTheOptions() throws {
    var o = PrintOptions()
    o.sign = .plus
    o.floatmode = .fixed
    o.nanstr = "NaN"
    o.formatter = .init(key: "int", function: .hex)
    let f8 = try DType.parse("<f8")
    // repr(np.float64(1.5)), str(np.float64('nan')), str(np.int32(5)) under those options
    #expect(try ScalarPrinter.repr(.float64(1.5), dtype: f8, options: o) == "np.float64(1.5)")
    #expect(try ScalarPrinter.str(.float64(.nan), dtype: f8, options: o) == "nan")
    #expect(try ScalarPrinter.str(.int(5), dtype: try DType.parse("<i4"), options: o) == "5")
  }

  /// Python's `hex`, `oct` and `bin`.
  @Test func pythonIntegerFunctions() {
    typealias Function = PrintOptions.IntegerFormatter.Function
    #expect(Function.hex.text(Int64(-5)) == "-0x5")
    #expect(Function.hex.text(UInt64.max) == "0xffffffffffffffff")
    #expect(Function.oct.text(Int64.min) == "-0o1000000000000000000000")
    #expect(Function.bin.text(0) == "0b0")
  }
}
