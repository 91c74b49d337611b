import Testing
@testable import ByteLensEngine

/// `str(a[i])` and `repr(a[i])` of every kind, pinned from numpy 2.4.6 (NEP 51 reprs). The
/// numpy expression is beside each case.
@Suite struct PrintingScalarTests: PrintingTestCase {
  /// Bools, integers of every width, complex numbers like Python's.
  @Test func numbers() throws {
    // a = np.array([True, False])
    do {
      let a = try fixture("|b1", [2], "0100")
      #expect(try scalarStr(a, [0]) == "True")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.True_")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "False")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.False_")  // repr(a[1])
    }
    // a = np.array([-5], dtype=np.int8)
    do {
      let a = try fixture("|i1", [1], "fb")
      #expect(try scalarStr(a, [0]) == "-5")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.int8(-5)")  // repr(a[0])
    }
    // a = np.array([5], dtype=np.uint16)
    do {
      let a = try fixture("<u2", [1], "0500")
      #expect(try scalarStr(a, [0]) == "5")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.uint16(5)")  // repr(a[0])
    }
    // a = np.array([5], dtype='>i4')
    do {
      let a = try fixture(">i4", [1], "00000005")
      #expect(try scalarStr(a, [0]) == "5")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.int32(5)")  // repr(a[0])
    }
    // a = np.array([2**64 - 1], dtype=np.uint64)
    do {
      let a = try fixture("<u8", [1], "ffffffffffffffff")
      #expect(try scalarStr(a, [0]) == "18446744073709551615")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.uint64(18446744073709551615)")  // repr(a[0])
    }
    // a = np.array([5])
    do {
      let a = try fixture("<i8", [1], "0500000000000000")
      #expect(try scalarStr(a, [0]) == "5")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.int64(5)")  // repr(a[0])
    }
    // a = np.array([0j, 1+2j, 1j, complex(0.0, -0.0), complex(-0.0, 0), 1.5-2.25j, complex(np.nan, np.inf), 1e20+1e-5j, 1e7+1j])
    do {
      let a = try fixture("<c16", [9], "00000000000000000000000000000000000000000000f03f00000000000000400000000000000000000000000000f03f0000000000000000000000000000008000000000000000800000000000000000000000000000f83f00000000000002c0000000000000f87f000000000000f07f408cb5781daf1544f168e388b5f8e43e00000000d0126341000000000000f03f")
      #expect(try scalarStr(a, [0]) == "0j")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.complex128(0j)")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "(1+2j)")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.complex128(1+2j)")  // repr(a[1])
      #expect(try scalarStr(a, [2]) == "1j")  // str(a[2])
      #expect(try scalarRepr(a, [2]) == "np.complex128(1j)")  // repr(a[2])
      #expect(try scalarStr(a, [3]) == "-0j")  // str(a[3])
      #expect(try scalarRepr(a, [3]) == "np.complex128(-0j)")  // repr(a[3])
      #expect(try scalarStr(a, [4]) == "(-0+0j)")  // str(a[4])
      #expect(try scalarRepr(a, [4]) == "np.complex128(-0+0j)")  // repr(a[4])
      #expect(try scalarStr(a, [5]) == "(1.5-2.25j)")  // str(a[5])
      #expect(try scalarRepr(a, [5]) == "np.complex128(1.5-2.25j)")  // repr(a[5])
      #expect(try scalarStr(a, [6]) == "(nan+infj)")  // str(a[6])
      #expect(try scalarRepr(a, [6]) == "np.complex128(nan+infj)")  // repr(a[6])
      #expect(try scalarStr(a, [7]) == "(1e+20+1e-05j)")  // str(a[7])
      #expect(try scalarRepr(a, [7]) == "np.complex128(1e+20+1e-05j)")  // repr(a[7])
      #expect(try scalarStr(a, [8]) == "(10000000+1j)")  // str(a[8])
      #expect(try scalarRepr(a, [8]) == "np.complex128(10000000+1j)")  // repr(a[8])
    }
    // a = np.array([1e7+1j, 123456.5+1j, 1e-4+1e-5j], dtype=np.complex64)
    do {
      let a = try fixture("<c8", [3], "8096184b0000803f4020f1470000803f17b7d138acc52737")
      #expect(try scalarStr(a, [0]) == "(1e+07+1j)")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.complex64(1e+07+1j)")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "(123456.5+1j)")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.complex64(123456.5+1j)")  // repr(a[1])
      #expect(try scalarStr(a, [2]) == "(1e-04+1e-05j)")  // str(a[2])
      #expect(try scalarRepr(a, [2]) == "np.complex64(1e-04+1e-05j)")  // repr(a[2])
    }
    // a = np.array([1+2j, 0.1+0.2j], dtype=np.complex256)
    do {
      let a = try fixture("<c32", [2], "0000000000000080ff3f7733d67f0000000000000000008000403a31d67f000000d0ccccccccccccfb3f7733d67f000000d0ccccccccccccfc3f3a31d67f0000")
      #expect(try scalarStr(a, [0]) == "(1+2j)")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.clongdouble('1+2j')")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "(0.10000000000000000555+0.2000000000000000111j)")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.clongdouble('0.10000000000000000555+0.2000000000000000111j')")  // repr(a[1])
    }
  }

  /// bytes_ and str_ strip trailing NULs; unstructured void shows hex.
  @Test func stringsAndVoid() throws {
    // a = np.array([b'ab', b'a\x00b\n"\'', b'a\xff'], dtype='S6')
    do {
      let a = try fixture("|S6", [3], "6162000000006100620a222761ff00000000")
      #expect(try scalarStr(a, [0]) == "b'ab'")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.bytes_(b'ab')")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "b'a\\x00b\\n\"\\''")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.bytes_(b'a\\x00b\\n\"\\'')")  // repr(a[1])
      #expect(try scalarStr(a, [2]) == "b'a\\xff'")  // str(a[2])
      #expect(try scalarRepr(a, [2]) == "np.bytes_(b'a\\xff')")  // repr(a[2])
    }
    // a = np.array(['x', 'it\'s "q" \n\x00é\u200b', 'a\nb'])
    do {
      let a = try fixture("<U13", [3], "780000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006900000074000000270000007300000020000000220000007100000022000000200000000a00000000000000e90000000b200000610000000a0000006200000000000000000000000000000000000000000000000000000000000000000000000000000000000000")
      #expect(try scalarStr(a, [0]) == "x")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.str_('x')")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "it's \"q\" \n\u{0}é​")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.str_('it\\'s \"q\" \\n\\x00é\\u200b')")  // repr(a[1])
      #expect(try scalarStr(a, [2]) == "a\nb")  // str(a[2])
      #expect(try scalarRepr(a, [2]) == "np.str_('a\\nb')")  // repr(a[2])
    }
    // a = np.frombuffer(b'\x00\x01\x7f\xff', dtype='V4')
    do {
      let a = try fixture("|V4", [1], "00017fff")
      #expect(try scalarStr(a, [0]) == "b'\\x00\\x01\\x7F\\xFF'")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.void(b'\\x00\\x01\\x7F\\xFF')")  // repr(a[0])
    }
  }

  /// The unit appears in the repr for h, multipliers and NaT.
  @Test func datetimesAndTimedeltas() throws {
    // a = np.array(['2020-01-01', 'NaT'], dtype='M8[D]')
    do {
      let a = try fixture("<M8[D]", [2], "56470000000000000000000000000080")
      #expect(try scalarStr(a, [0]) == "2020-01-01")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.datetime64('2020-01-01')")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "NaT")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.datetime64('NaT','D')")  // repr(a[1])
    }
    // a = np.array([1234567], dtype='M8[h]')
    do {
      let a = try fixture("<M8[h]", [1], "87d6120000000000")
      #expect(try scalarStr(a, [0]) == "2110-11-03T07")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.datetime64('2110-11-03T07','h')")  // repr(a[0])
    }
    // a = np.array([1234567], dtype='M8[m]')
    do {
      let a = try fixture("<M8[m]", [1], "87d6120000000000")
      #expect(try scalarStr(a, [0]) == "1972-05-07T08:07")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.datetime64('1972-05-07T08:07')")  // repr(a[0])
    }
    // a = np.array([1234567, -2**63], dtype='M8[2s]')
    do {
      let a = try fixture("<M8[2s]", [2], "87d61200000000000000000000000080")
      #expect(try scalarStr(a, [0]) == "1970-01-29T13:52:14")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.datetime64('1970-01-29T13:52:14','2s')")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "NaT")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.datetime64('NaT','2s')")  // repr(a[1])
    }
    // a = np.array([1234567], dtype='M8[7W]')
    do {
      let a = try fixture("<M8[7W]", [1], "87d6120000000000")
      #expect(try scalarStr(a, [0]) == "167596-05-09")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.datetime64('167596-05-09','7W')")  // repr(a[0])
    }
    // a = np.array([-2**63]).view('M8')
    do {
      let a = try fixture("<M8", [1], "0000000000000080")
      #expect(try scalarStr(a, [0]) == "NaT")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.datetime64('NaT','generic')")  // repr(a[0])
    }
    // a = np.array([1234567, -2**63], dtype='m8[s]')
    do {
      let a = try fixture("<m8[s]", [2], "87d61200000000000000000000000080")
      #expect(try scalarStr(a, [0]) == "1234567 seconds")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.timedelta64(1234567,'s')")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "NaT")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.timedelta64('NaT','s')")  // repr(a[1])
    }
    // a = np.array([1234567], dtype='m8[500ms]')
    do {
      let a = try fixture("<m8[500ms]", [1], "87d6120000000000")
      #expect(try scalarStr(a, [0]) == "617283500 milliseconds")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.timedelta64(1234567,'500ms')")  // repr(a[0])
    }
    // a = np.array([5, -2**63]).view('m8')
    do {
      let a = try fixture("<m8", [2], "05000000000000000000000000000080")
      #expect(try scalarStr(a, [0]) == "5 generic time units")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.timedelta64(5)")  // repr(a[0])
      #expect(try scalarStr(a, [1]) == "NaT")  // str(a[1])
      #expect(try scalarRepr(a, [1]) == "np.timedelta64('NaT')")  // repr(a[1])
    }
  }

  /// Records print floats as scalars do; repr names the dtype.
  @Test func structured() throws {
    // a = np.array([(1, 2.5, b'ab', True)], dtype='i4,f8,S2,?')
    do {
      let a = try fixture("[('f0', '<i4'), ('f1', '<f8'), ('f2', 'S2'), ('f3', '?')]", [1], "010000000000000000000440616201")
      #expect(try scalarStr(a, [0]) == "(1, 2.5, b'ab', True)")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.void((1, 2.5, b'ab', True), dtype=[('f0', '<i4'), ('f1', '<f8'), ('f2', 'S2'), ('f3', '?')])")  // repr(a[0])
    }
    // a = np.array([(1.5,)], dtype=[('f', '<f8')])
    do {
      let a = try fixture("[('f', '<f8')]", [1], "000000000000f83f")
      #expect(try scalarStr(a, [0]) == "(1.5,)")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.void((1.5,), dtype=[('f', '<f8')])")  // repr(a[0])
    }
    // a = np.array([((1, 2j), [1/3, 2, 3])], dtype=[('n', [('p', '<i2'), ('q', '<c8')]), (('title', 't'), '<f4', (3,))])
    do {
      let a = try fixture("[('n', [('p', '<i2'), ('q', '<c8')]), (('title', 't'), '<f4', (3,))]", [1], "01000000000000000040abaaaa3e0000004000004040")
      #expect(try scalarStr(a, [0]) == "((1, 0.+2.j), [0.33333334, 2.0, 3.0])")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.void(((1, 0.+2.j), [0.33333334, 2.0, 3.0]), dtype=[('n', [('p', '<i2'), ('q', '<c8')]), (('title', 't'), '<f4', (3,))])")  // repr(a[0])
    }
    // a = np.array([([[0, 10], [2, 3]], [True, False])], dtype=[('m', '<u1', (2, 2)), ('b', '?', (2,))])
    do {
      let a = try fixture("[('m', 'u1', (2, 2)), ('b', '?', (2,))]", [1], "000a02030100")
      #expect(try scalarStr(a, [0]) == "([[ 0, 10], [ 2,  3]], [ True, False])")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.void(([[ 0, 10], [ 2,  3]], [ True, False]), dtype=[('m', 'u1', (2, 2)), ('b', '?', (2,))])")  // repr(a[0])
    }
    // a = np.zeros(1, dtype={'names': ['a', 'b'], 'formats': ['u1', '<i8'], 'offsets': [0, 8], 'itemsize': 16, 'aligned': True})
    do {
      let a = try fixture("{'names': ['a', 'b'], 'formats': ['u1', '<i8'], 'offsets': [0, 8], 'itemsize': 16, 'aligned': True}", [1], "00000000000000000000000000000000")
      #expect(try scalarStr(a, [0]) == "(0, 0)")  // str(a[0])
      #expect(try scalarRepr(a, [0]) == "np.void((0, 0), dtype={'names': ['a', 'b'], 'formats': ['u1', '<i8'], 'offsets': [0, 8], 'itemsize': 16, 'aligned': True})")  // repr(a[0])
    }
  }

  /// A generic-unit datetime that is not NaT cannot print (numpy raises ValueError).
  @Test func genericDatetimeValue() throws {
    #expect(throws: PrintingError.genericDatetimeValue(5)) {
      try ScalarPrinter.str(.datetime(5, nil), dtype: .scalar(.datetime, itemsize: 8))
    }
    #expect(throws: PrintingError.genericDatetimeValue(-7)) {
      try ScalarPrinter.repr(.datetime(-7, nil), dtype: .scalar(.datetime, itemsize: 8))
    }
    #expect(try ScalarPrinter.str(.datetime(.min, nil), dtype: .scalar(.datetime, itemsize: 8)) == "NaT")
  }
}
