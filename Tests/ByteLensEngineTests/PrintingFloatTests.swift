import Testing
@testable import ByteLensEngine

/// Float printing pinned from numpy 2.4.6: `FloatingFormat` (maxprec, precision 8), Dragon4
/// digits, and the scalar positional/scientific choice. The numpy expression is beside each case.
@Suite struct PrintingFloatTests: PrintingTestCase {
  /// Positional values share the widest integer part and the longest fraction.
  @Test func positionalPadsToTheWidestParts() throws {
    // a = np.array([1., 2.5, -3.25])
    do {
      let a = try fixture("<f8", [3], "000000000000f03f00000000000004400000000000000ac0")
      #expect(try ArrayPrinter.str(a) == "[ 1.    2.5  -3.25]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([ 1.  ,  2.5 , -3.25])")  // repr(a)
    }
    // a = np.array([0.1, 1/3])
    do {
      let a = try fixture("<f8", [2], "9a9999999999b93f555555555555d53f")
      #expect(try ArrayPrinter.str(a) == "[0.1        0.33333333]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([0.1       , 0.33333333])")  // repr(a)
    }
    // a = np.array([1., 999.])
    do {
      let a = try fixture("<f8", [2], "000000000000f03f0000000000388f40")
      #expect(try ArrayPrinter.str(a) == "[  1. 999.]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([  1., 999.])")  // repr(a)
    }
    // a = np.array([-0., 0.])
    do {
      let a = try fixture("<f8", [2], "00000000000000800000000000000000")
      #expect(try ArrayPrinter.str(a) == "[-0.  0.]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([-0.,  0.])")  // repr(a)
    }
    // a = np.array([123456.789, 0.5, 10])
    do {
      let a = try fixture("<f8", [3], "c976be9f0c24fe40000000000000e03f0000000000002440")
      #expect(try ArrayPrinter.str(a) == "[1.23456789e+05 5.00000000e-01 1.00000000e+01]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.23456789e+05, 5.00000000e-01, 1.00000000e+01])")  // repr(a)
    }
  }

  /// Scientific notation past the type cutoff, below 1e-4, or a ratio over 1000.
  @Test func scientificSwitch() throws {
    // a = np.array([1e15, 1.5])
    do {
      let a = try fixture("<f8", [2], "00003426f56b0c43000000000000f83f")
      #expect(try ArrayPrinter.str(a) == "[1.0e+15 1.5e+00]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.0e+15, 1.5e+00])")  // repr(a)
    }
    // a = np.array([1e-4, 1.])
    do {
      let a = try fixture("<f8", [2], "2d431cebe2361a3f000000000000f03f")
      #expect(try ArrayPrinter.str(a) == "[1.e-04 1.e+00]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.e-04, 1.e+00])")  // repr(a)
    }
    // a = np.array([1., 1001.])
    do {
      let a = try fixture("<f8", [2], "000000000000f03f0000000000488f40")
      #expect(try ArrayPrinter.str(a) == "[1.000e+00 1.001e+03]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.000e+00, 1.001e+03])")  // repr(a)
    }
    // a = np.array([1e8, 1.])
    do {
      let a = try fixture("<f8", [2], "0000000084d79741000000000000f03f")
      #expect(try ArrayPrinter.str(a) == "[1.e+08 1.e+00]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.e+08, 1.e+00])")  // repr(a)
    }
    // a = np.array([99999999., 1.])
    do {
      let a = try fixture("<f8", [2], "000000fc83d79741000000000000f03f")
      #expect(try ArrayPrinter.str(a) == "[9.9999999e+07 1.0000000e+00]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([9.9999999e+07, 1.0000000e+00])")  // repr(a)
    }
    // a = np.array([1e-300, 1e5])
    do {
      let a = try fixture("<f8", [2], "59f3f8c21f6ea50100000000006af840")
      #expect(try ArrayPrinter.str(a) == "[1.e-300 1.e+005]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.e-300, 1.e+005])")  // repr(a)
    }
    // a = np.array([1e6, 1.], dtype=np.float32)
    do {
      let a = try fixture("<f4", [2], "002474490000803f")
      #expect(try ArrayPrinter.str(a) == "[1.e+06 1.e+00]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.e+06, 1.e+00], dtype=float32)")  // repr(a)
    }
    // a = np.array([999999., 1.], dtype=np.float32)
    do {
      let a = try fixture("<f4", [2], "f02374490000803f")
      #expect(try ArrayPrinter.str(a) == "[9.99999e+05 1.00000e+00]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([9.99999e+05, 1.00000e+00], dtype=float32)")  // repr(a)
    }
    // a = np.array([1000., 1.], dtype=np.float16)
    do {
      let a = try fixture("<f2", [2], "d063003c")
      #expect(try ArrayPrinter.str(a) == "[1.e+03 1.e+00]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.e+03, 1.e+00], dtype=float16)")  // repr(a)
    }
    // a = np.array([1e-4, 2e-4], dtype=np.float32)
    do {
      let a = try fixture("<f4", [2], "17b7d13817b75139")
      #expect(try ArrayPrinter.str(a) == "[0.0001 0.0002]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([0.0001, 0.0002], dtype=float32)")  // repr(a)
    }
    // a = np.array([np.longdouble('0.0001'), np.longdouble('0.0002')])
    do {
      let a = try fixture("<f16", [2], "2c6519e25817b7d1f13f269cff7f00002c6519e25817b7d1f23f269cff7f0000")
      #expect(try ArrayPrinter.str(a) == "[1.e-04 2.e-04]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.e-04, 2.e-04], dtype=float128)")  // repr(a)
    }
    // a = np.array([1e-4, 2e-4], dtype=np.longdouble)
    do {
      let a = try fixture("<f16", [2], "006819e25817b7d1f13f37205a7f0000006819e25817b7d1f23f37205a7f0000")
      #expect(try ArrayPrinter.str(a) == "[0.0001 0.0002]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([0.0001, 0.0002], dtype=float128)")  // repr(a)
    }
  }

  /// nan and inf are right-aligned; the sign of NaN never shows.
  @Test func nonFiniteValues() throws {
    // a = np.array([np.nan, np.inf, -np.inf, 1.5])
    do {
      let a = try fixture("<f8", [4], "000000000000f87f000000000000f07f000000000000f0ff000000000000f83f")
      #expect(try ArrayPrinter.str(a) == "[ nan  inf -inf  1.5]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([ nan,  inf, -inf,  1.5])")  // repr(a)
    }
    // a = np.array([np.nan, np.inf])
    do {
      let a = try fixture("<f8", [2], "000000000000f87f000000000000f07f")
      #expect(try ArrayPrinter.str(a) == "[nan inf]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([nan, inf])")  // repr(a)
    }
    // a = np.array([-np.nan, 1e20])
    do {
      let a = try fixture("<f8", [2], "000000000000f8ff408cb5781daf1544")
      #expect(try ArrayPrinter.str(a) == "[   nan 1.e+20]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([   nan, 1.e+20])")  // repr(a)
    }
    // a = np.array([np.inf, -np.inf, 0.001])
    do {
      let a = try fixture("<f8", [3], "000000000000f07f000000000000f0fffca9f1d24d62503f")
      #expect(try ArrayPrinter.str(a) == "[  inf  -inf 0.001]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([  inf,  -inf, 0.001])")  // repr(a)
    }
  }

  /// Cut at `precision` digits with round-half-even on the exact binary value.
  @Test func maxprecRoundsHalfEvenOnTheExactValue() throws {
    // a = np.array([0.125, 2.675, 1/3, 0.375])  # with np.printoptions(precision=2)
    do {
      let a = try fixture("<f8", [4], "000000000000c03f6666666666660540555555555555d53f000000000000d83f")
      #expect(try ArrayPrinter.str(a, options: options(precision: 2)) == "[0.12 2.67 0.33 0.38]")  // str(a)
      #expect(try ArrayPrinter.repr(a, options: options(precision: 2)) == "array([0.12, 2.67, 0.33, 0.38])")  // repr(a)
    }
    // a = np.array([0.5, 1.5, 2.5, 0.25])  # with np.printoptions(precision=0)
    do {
      let a = try fixture("<f8", [4], "000000000000e03f000000000000f83f0000000000000440000000000000d03f")
      #expect(try ArrayPrinter.str(a, options: options(precision: 0)) == "[0. 2. 2. 0.]")  // str(a)
      #expect(try ArrayPrinter.repr(a, options: options(precision: 0)) == "array([0., 2., 2., 0.])")  // repr(a)
    }
    // a = np.array([1.000000005, 0.9999999999])
    do {
      let a = try fixture("<f8", [2], "ee9857010000f03f9041f2ffffffef3f")
      #expect(try ArrayPrinter.str(a) == "[1. 1.]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1., 1.])")  // repr(a)
    }
    // a = np.array([1.0000000050000001, 2.000000005])
    do {
      let a = try fixture("<f8", [2], "ef9857010000f03f77ccab0000000040")
      #expect(try ArrayPrinter.str(a) == "[1.00000001 2.        ]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.00000001, 2.        ])")  // repr(a)
    }
    // a = np.array([0.1 + 0.2, 1/3])  # with np.printoptions(precision=20)
    do {
      let a = try fixture("<f8", [2], "343333333333d33f555555555555d53f")
      #expect(try ArrayPrinter.str(a, options: options(precision: 20)) == "[0.30000000000000004 0.3333333333333333 ]")  // str(a)
      #expect(try ArrayPrinter.repr(a, options: options(precision: 20)) == "array([0.30000000000000004, 0.3333333333333333 ])")  // repr(a)
    }
  }

  /// Padding to a common digit count shows the true digits, not zeros.
  @Test func scientificDigitsBeyondTheShortestAreExact() throws {
    // a = np.array([0.1, 1001.], dtype=np.float16)
    do {
      let a = try fixture("<f2", [2], "662ed263")
      #expect(try ArrayPrinter.str(a) == "[9.998e-02 1.001e+03]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([9.998e-02, 1.001e+03], dtype=float16)")  // repr(a)
    }
    // a = np.array([0.1, 1, 65504], dtype=np.float16)
    do {
      let a = try fixture("<f2", [3], "662e003cff7b")
      #expect(try ArrayPrinter.str(a) == "[1.00e-01 1.00e+00 6.55e+04]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.00e-01, 1.00e+00, 6.55e+04], dtype=float16)")  // repr(a)
    }
    // a = np.array([2.0**-20, 1.2345678e10], dtype=np.float32)
    do {
      let a = try fixture("<f4", [2], "0000803506f73750")
      #expect(try ArrayPrinter.str(a) == "[9.5367432e-07 1.2345678e+10]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([9.5367432e-07, 1.2345678e+10], dtype=float32)")  // repr(a)
    }
    // a = np.array([1e-10, 1.23456789e-10])
    do {
      let a = try fixture("<f8", [2], "bbbdd7d9df7cdb3deb09dbe5bff7e03d")
      #expect(try ArrayPrinter.str(a) == "[1.00000000e-10 1.23456789e-10]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.00000000e-10, 1.23456789e-10])")  // repr(a)
    }
  }

  /// f2, f4 and x87 long double print their own shortest digits.
  @Test func floatWidths() throws {
    // a = np.array([1/3, 2], dtype=np.float32)
    do {
      let a = try fixture("<f4", [2], "abaaaa3e00000040")
      #expect(try ArrayPrinter.str(a) == "[0.33333334 2.        ]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([0.33333334, 2.        ], dtype=float32)")  // repr(a)
    }
    // a = np.array([1/3, 2], dtype=np.float16)
    do {
      let a = try fixture("<f2", [2], "55350040")
      #expect(try ArrayPrinter.str(a) == "[0.3333 2.    ]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([0.3333, 2.    ], dtype=float16)")  // repr(a)
    }
    // a = np.array([2048, 2050, 4100, 65504], dtype=np.float16)
    do {
      let a = try fixture("<f2", [4], "00680168016cff7b")
      #expect(try ArrayPrinter.str(a) == "[2.048e+03 2.050e+03 4.100e+03 6.550e+04]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([2.048e+03, 2.050e+03, 4.100e+03, 6.550e+04], dtype=float16)")  // repr(a)
    }
    // a = np.array([1, 2, 3], dtype=np.longdouble) / 3
    do {
      let a = try fixture("<f16", [3], "abaaaaaaaaaaaaaafd3f000000000000abaaaaaaaaaaaaaafe3f0000000000000000000000000080ff3f000000000000")
      #expect(try ArrayPrinter.str(a) == "[0.33333333 0.66666667 1.        ]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([0.33333333, 0.66666667, 1.        ], dtype=float128)")  // repr(a)
    }
    // a = np.array([1e300], dtype=np.longdouble) * 1e300
    do {
      let a = try fixture("<f16", [1], "60ff7e291497b38ec847dbe5bff7e03d")
      #expect(try ArrayPrinter.str(a) == "[1.e+600]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([1.e+600], dtype=float128)")  // repr(a)
    }
    // a = np.array([1.5, -2], dtype='>f8')
    do {
      let a = try fixture(">f8", [2], "3ff8000000000000c000000000000000")
      #expect(try ArrayPrinter.str(a) == "[ 1.5 -2. ]")  // str(a)
      #expect(try ArrayPrinter.repr(a) == "array([ 1.5, -2. ], dtype='>f8')")  // repr(a)
    }
  }

  /// Scalars: shortest digits, positional for 1e-4 <= |x| < 1e16 (f4 1e6, f2 1e3).
  @Test func scalarFloats() throws {
    // a = np.array([1.0, 1e16, 1e15, 1.5e-5, 1e-4, 0.1, np.nan, np.inf, -np.inf, -0.0, 123456789.0])
    do {
      let a = try fixture("<f8", [11], "000000000000f03f0080e03779c3414300003426f56b0c43691d554d1075ef3e2d431cebe2361a3f9a9999999999b93f000000000000f87f000000000000f07f000000000000f0ff000000000000008000000054346f9d41")
      #expect(try scalarStr(a, [0]) == "1.0")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.float64(1.0)")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "1e+16")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.float64(1e+16)")  // repr(a[1])
      #expect(try scalarStr(a, [2]) == "1000000000000000.0")  // str(a[2])
      #expect(try scalarRepr(a, [2]) == "np.float64(1000000000000000.0)")  // repr(a[2])
      #expect(try scalarStr(a, [3]) == "1.5e-05")  // str(a[3])
      #expect(try scalarRepr(a, [3]) == "np.float64(1.5e-05)")  // repr(a[3])
      #expect(try scalarStr(a, [4]) == "0.0001")  // str(a[4])
      #expect(try scalarRepr(a, [4]) == "np.float64(0.0001)")  // repr(a[4])
      #expect(try scalarStr(a, [5]) == "0.1")  // str(a[5])
      #expect(try scalarRepr(a, [5]) == "np.float64(0.1)")  // repr(a[5])
      #expect(try scalarStr(a, [6]) == "nan")  // str(a[6])
      #expect(try scalarRepr(a, [6]) == "np.float64(nan)")  // repr(a[6])
      #expect(try scalarStr(a, [7]) == "inf")  // str(a[7])
      #expect(try scalarRepr(a, [7]) == "np.float64(inf)")  // repr(a[7])
      #expect(try scalarStr(a, [8]) == "-inf")  // str(a[8])
      #expect(try scalarRepr(a, [8]) == "np.float64(-inf)")  // repr(a[8])
      #expect(try scalarStr(a, [9]) == "-0.0")  // str(a[9])
      #expect(try scalarRepr(a, [9]) == "np.float64(-0.0)")  // repr(a[9])
      #expect(try scalarStr(a, [10]) == "123456789.0")  // str(a[10])
      #expect(try scalarRepr(a, [10]) == "np.float64(123456789.0)")  // repr(a[10])
    }
    // a = np.array([1.0, 1e6, 999999., 1e-4, 1.5e-5, 0.1], dtype=np.float32)
    do {
      let a = try fixture("<f4", [6], "0000803f00247449f023744917b7d13882a87b37cdcccc3d")
      #expect(try scalarStr(a, [0]) == "1.0")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.float32(1.0)")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "1e+06")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.float32(1e+06)")  // repr(a[1])
      #expect(try scalarStr(a, [2]) == "999999.0")  // str(a[2])
      #expect(try scalarRepr(a, [2]) == "np.float32(999999.0)")  // repr(a[2])
      #expect(try scalarStr(a, [3]) == "1e-04")  // str(a[3])
      #expect(try scalarRepr(a, [3]) == "np.float32(1e-04)")  // repr(a[3])
      #expect(try scalarStr(a, [4]) == "1.5e-05")  // str(a[4])
      #expect(try scalarRepr(a, [4]) == "np.float32(1.5e-05)")  // repr(a[4])
      #expect(try scalarStr(a, [5]) == "0.1")  // str(a[5])
      #expect(try scalarRepr(a, [5]) == "np.float32(0.1)")  // repr(a[5])
    }
    // a = np.array([1000, 999.5, 0.0001, 65504, 2050, 0.1], dtype=np.float16)
    do {
      let a = try fixture("<f2", [6], "d063cf638e06ff7b0168662e")
      #expect(try scalarStr(a, [0]) == "1e+03")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.float16(1e+03)")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "999.5")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.float16(999.5)")  // repr(a[1])
      #expect(try scalarStr(a, [2]) == "0.0001")  // str(a[2])
      #expect(try scalarRepr(a, [2]) == "np.float16(0.0001)")  // repr(a[2])
      #expect(try scalarStr(a, [3]) == "6.55e+04")  // str(a[3])
      #expect(try scalarRepr(a, [3]) == "np.float16(6.55e+04)")  // repr(a[3])
      #expect(try scalarStr(a, [4]) == "2.05e+03")  // str(a[4])
      #expect(try scalarRepr(a, [4]) == "np.float16(2.05e+03)")  // repr(a[4])
      #expect(try scalarStr(a, [5]) == "0.1")  // str(a[5])
      #expect(try scalarRepr(a, [5]) == "np.float16(0.1)")  // repr(a[5])
    }
    // a = np.array([1, 1e-4, 1e16, 0.1], dtype=np.longdouble) / 3
    do {
      let a = try fixture("<f16", [4], "abaaaaaaaaaaaaaafd3f00000000000000f010ece564cf8bf03f6601646384085555550554627abd3240000000000000ab8a888888888888fa3f04636f6e6ada")
      #expect(try scalarStr(a, [0]) == "0.33333333333333333334")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.longdouble('0.33333333333333333334')")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "3.333333333333333493e-05")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.longdouble('3.333333333333333493e-05')")  // repr(a[1])
      #expect(try scalarStr(a, [2]) == "3333333333333333.3333")  // str(a[2])
      #expect(try scalarRepr(a, [2]) == "np.longdouble('3333333333333333.3333')")  // repr(a[2])
      #expect(try scalarStr(a, [3]) == "0.033333333333333335185")  // str(a[3])
      #expect(try scalarRepr(a, [3]) == "np.longdouble('0.033333333333333335185')")  // repr(a[3])
    }
  }
}
