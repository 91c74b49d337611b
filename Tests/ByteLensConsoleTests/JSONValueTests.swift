import ByteLensConsole
import Testing

struct JSONValueTests {
  @Test func escapesAndNumbers() {
    let document = JSONValue.object([
      ("text", .string("a\"b\\c\n\u{1}\u{7f}é")),
      ("big", .integer(UInt64.max)), ("small", .integer(Int64.min)),
      ("float", .double(0.1)), ("tiny", .double(1e-5)), ("huge", .double(1e300)),
      ("nan", .double(.nan)), ("inf", .double(.infinity)), ("ninf", .double(-.infinity)),
      ("empty", .array([])), ("none", .null), ("yes", .bool(true)),
    ])
    #expect(
      document.rendered()
        == #"{"text": "a\"b\\c\n\u0001\u007fé", "big": 18446744073709551615, "#
        + #""small": -9223372036854775808, "float": 0.1, "tiny": 1e-05, "huge": 1e+300, "#
        + #""nan": "nan", "inf": "inf", "ninf": "-inf", "empty": [], "none": null, "yes": true}"#)
  }
}
