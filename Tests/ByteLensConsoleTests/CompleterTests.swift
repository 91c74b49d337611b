import ByteLensEngine
import Testing

@testable import ByteLensConsole

@Suite struct CompleterTests {
  let files: Completer.DirectoryLister = { path in
    switch path {
    case ".": return ["samples/", "Sources/", "README.md", ".hidden"]
    case "samples/": return ["int32-1to5.bin", "records.bin", "tour.bl"]
    default: return []
    }
  }

  func complete(_ line: String, dtype: String? = nil) throws -> Completion {
    let type = try dtype.map { try DType.parse($0) }
    return Completer(dtype: type, listDirectory: files).complete(line, cursor: line.count)
  }

  @Test func commandNames() throws {
    let completion = try complete("resh")
    #expect(completion.candidates == ["reshape"] && completion.start == 0 && completion.appendsSpace)
    #expect(try complete("").candidates.contains("load"))
    #expect(try complete("echo a; by").candidates == ["byteorder", "bytes", "byteswap"])
    #expect(try complete("echo a; by").start == 8)
  }

  @Test func dtypesAfterAsViewAndAstype() throws {
    #expect(try complete("as >f").candidates == [">f16", ">f2", ">f4", ">f8"])
    #expect(try complete("view float").candidates == ["float", "float128", "float16", "float32", "float64"])
    #expect(try complete("astype <c").candidates == ["<c16", "<c32", "<c8"])
    #expect(try complete("reinterpret as M8[n").candidates == ["M8[ns]"])
    #expect(try complete("reinterpret a").candidates == ["as"])
    #expect(try complete("load x.bin as <u").candidates == ["<u2", "<u4", "<u8"])
  }

  @Test func paths() throws {
    let top = try complete("load sa")
    #expect(top.candidates == ["samples/"] && !top.appendsSpace && top.start == 5)
    let inner = try complete("load samples/r")
    #expect(inner.candidates == ["samples/records.bin"] && inner.appendsSpace)
    #expect(try complete("source samples/t").candidates == ["samples/tour.bl"])
    #expect(try complete("load ").candidates == ["README.md", "Sources/", "samples/"])
    #expect(try complete("load .h").candidates == [".hidden"])
    #expect(try complete("load 'sa").start == 6)
  }

  @Test func fieldNamesInsideQuotes() throws {
    let records = "[('id','<i4'),('value','<f8'),('flag','?')]"
    let completion = try complete("['v", dtype: records)
    #expect(completion.candidates == ["value"] && !completion.appendsSpace && completion.start == 2)
    #expect(try complete("[['id', 'f", dtype: records).candidates == ["flag"])
    #expect(try complete("show [0]; ['", dtype: records).candidates == ["flag", "id", "value"])
    #expect(try complete("['v", dtype: "<f8").candidates.isEmpty)
  }

  @Test func optionsTopicsAndWords() throws {
    #expect(try complete("set t").candidates == ["threshold"])
    #expect(try complete("help by").candidates == ["byteorder", "bytes", "byteswap"])
    #expect(try complete("help lay").candidates == ["layout"])
    #expect(try complete("byteorder s").candidates == ["swap"])
    #expect(try complete("tobytes ").candidates == ["A", "C", "F", "K"])
    #expect(try complete("show x").candidates.isEmpty)
  }

  @Test func commonPrefix() {
    let completion = Completion(start: 0, candidates: [">f16", ">f2"], appendsSpace: true)
    #expect(completion.commonPrefix == ">f")
  }

  @Test func listsARealDirectory() {
    let names = Completer.listDirectory("/")
    #expect(names.contains("tmp/"))
    #expect(Completer.listDirectory("/nonexistent-directory").isEmpty)
  }
}
