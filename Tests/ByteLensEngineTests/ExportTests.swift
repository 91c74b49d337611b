import Foundation
import Testing

@testable import ByteLensEngine

/// `export c|struct|json`: C declarations that a compiler checks, Python struct formats, JSON.
@Suite struct ExportTests {
  static let records = "[('id','<i4'),('value','<f8'),('flag','?')]"

  @Test func structFormats() throws {
    func format(_ spelling: String, aligned: Bool = false) throws -> String {
      try StructFormatExport.format(for: DType.parse(spelling, aligned: aligned)).format
    }
    #expect(try format(Self.records) == "<id?")
    #expect(try format(Self.records, aligned: true) == "<i4xd?7x")
    #expect(try format(">f8") == ">d")
    #expect(try format("u1,S3,(2,3)>u2") == ">B3s6H")
    #expect(try format("c8,M8[s],V2") == "<2fq2s")
    #expect(
      try format("{'names':['a','b'],'formats':['<i2','<i2'],'offsets':[4,0],'itemsize':8}")
        == "<h2xh2x")
    #expect(throws: ExportError.mixedByteOrder(try DType.parse("<i4,>i4"))) {
      try format("<i4,>i4")
    }
    #expect(
      throws: ExportError.overlappingFields(
        field: "b", offset: 2, previousEnd: 4, format: .structFormat)
    ) {
      try format("{'names':['a','b'],'formats':['<i4','<i4'],'offsets':[0,2]}")
    }
    #expect(throws: ExportError.objectDType(try DType.parse("O"), format: .structFormat)) {
      try format("[('a', '<i4'), ('b', 'O')]")
    }
    let pieces = try StructFormatExport.format(for: DType.parse(Self.records, aligned: true)).pieces
    #expect(pieces.map(\.label) == ["id", "padding", "value", "flag", "padding"])
  }

  @Test func cDeclarationsRefuseWhatCHasNoLayoutFor() throws {
    let overlapping = try DType.parse(
      "{'names':['a','b'],'formats':['<i4','<i4'],'offsets':[0,2]}")
    #expect(
      throws: ExportError.overlappingFields(
        field: "b", offset: 2, previousEnd: 4, format: .cDeclaration)
    ) { try CDeclarationExport.text(for: overlapping, shape: [2]) }
    let objects = try DType.parse("[('a', '<i4'), ('b', 'O')]")
    #expect(throws: ExportError.objectDType(try DType.parse("O"), format: .cDeclaration)) {
      try CDeclarationExport.text(for: objects, shape: [2])
    }
  }

  @Test func cDeclarationOfARecord() throws {
    let text = try CDeclarationExport.text(
      for: DType.parse(Self.records, aligned: true), shape: [3])
    #expect(
      text == """
        #include <stddef.h>
        #include <stdint.h>
        #include <stdbool.h>

        struct record {
          int32_t id;  /* '<i4' at 0 */
          uint8_t _pad0[4];  /* padding */
          double value;  /* '<f8' at 8 */
          bool flag;  /* '|b1' at 16 */
          uint8_t _pad1[7];  /* padding */
        };
        _Static_assert(sizeof(struct record) == 24, "itemsize");
        _Static_assert(offsetof(struct record, id) == 0, "offset of id");
        _Static_assert(offsetof(struct record, value) == 8, "offset of value");
        _Static_assert(offsetof(struct record, flag) == 16, "offset of flag");

        /* shape (3,) of these: struct record data[3]; */

        """)
    let packed = try CDeclarationExport.text(for: DType.parse(Self.records), shape: [3])
    #expect(packed.contains("} __attribute__((packed));"))
  }

  /// cc, gcc or clang, the first found on the PATH.
  static let compiler: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
    for name in ["cc", "gcc", "clang"] {
      for directory in path.split(separator: ":") {
        let candidate = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }()

  /// Compiles each declaration with the C compiler: the _Static_asserts check every offset.
  @Test(.enabled(if: compiler != nil, "no C compiler"))
  func declarationsCompile() throws {
    let spellings: [(String, Bool)] = [
      (Self.records, false), (Self.records, true), ("u1,(2,3)>i2,S5,U2,c16,M8[D],f2,g", false),
      ("[('int', '<i4'), ('2x', [('a', 'u1'), ('b', '<f8')], (2,)), ('my field', 'V3')]", true),
      ("{'names':['a','b'],'formats':['<i2','<f8'],'offsets':[16,0],'itemsize':24}", false),
      ("<f4", false), ("c8", false),
    ]
    for (spelling, aligned) in spellings {
      let text = try CDeclarationExport.text(
        for: DType.parse(spelling, aligned: aligned), shape: [2, 3])
      let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "bytelens-export-\(ProcessInfo.processInfo.processIdentifier).c")
      try Data(text.utf8).write(to: url)
      defer { try? FileManager.default.removeItem(at: url) }
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Self.compiler!)
      process.arguments = ["-std=c11", "-Wall", "-Werror", "-fsyntax-only", url.path]
      let errors = Pipe()
      process.standardError = errors
      try process.run()
      let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(spelling):\n\(text)\n\(message)")
    }
  }

  @Test func json() throws {
    func json(_ literal: String, _ spelling: String, shape: [Int]? = nil) throws -> String {
      var view = try ArrayBuilder.array(literal, dtype: DType.parse(spelling), order: .C)
      if let shape { view = try view.reshaped(shape) }
      return try JSONExport.text(view)
    }
    #expect(try json("[[1, 2, 3], [4, 5, 6]]", "<i4") == "[[1, 2, 3], [4, 5, 6]]")
    #expect(try json("[0.1, 1e16, nan, -inf]", "<f4") == "[0.10000000149011612, 1.0000000272564224e+16, NaN, -Infinity]")
    #expect(try json("[1+2j]", "c8") == "[[1.0, 2.0]]")
    #expect(try json("[(1, 0.5, True)]", Self.records) == "[{\"id\": 1, \"value\": 0.5, \"flag\": true}]")
    #expect(try json("[b'ab', b'']", "S3") == "[\"ab\", \"\"]")
    #expect(try json("['é😀\"']", "U3") == "[\"\\u00e9\\ud83d\\ude00\\\"\"]")
    #expect(try json("['2020-01-02', 'NaT']", "M8[D]") == "[\"2020-01-02\", null]")
    #expect(try json("[]", "<f8", shape: [2, 0]) == "[[], []]")
    #expect(try json("5", "<i2") == "5")
  }
}
