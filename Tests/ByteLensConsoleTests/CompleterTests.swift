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
    #expect(
      completion.candidates == ["reshape"] && completion.start == 0 && completion.appendsSpace)
    #expect(try complete("").candidates.contains("load"))
    #expect(try complete("echo a; by").candidates == [
        "bytemap", "byteorder", "bytes", "byteswap",
      ])
    #expect(try complete("echo a; by").start == 8)
    // A `;` inside quotes (escaped quotes too) or brackets does not end the statement.
    #expect(try complete("load 'it\\'s; x' as >f1").candidates == [">f16"])
    #expect(try complete("array [1; 2] as <i").start == 16)
  }

  @Test func dtypesAfterAsViewAndAstype() throws {
    #expect(try complete("as >f").candidates == [">f16", ">f2", ">f4", ">f8"])
    #expect(
      try complete("view float").candidates == [
        "float", "float128", "float16", "float32", "float64",
      ])
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
    // A quote the user opened is kept: the completion replaces the word from it.
    let quoted = try complete("load 'sa")
    #expect(quoted.candidates == ["'samples/"] && quoted.start == 5 && !quoted.appendsSpace)
    #expect(try complete("load 'samples/r").candidates == ["'samples/records.bin'"])
    #expect(try complete("load \"samples/r").candidates == ["\"samples/records.bin\""])
    #expect(try complete("save samples/t").candidates == ["samples/tour.bl"])
    #expect(try complete("save! sa").candidates == ["samples/"])
  }

  @Test func fieldNamesInsideQuotes() throws {
    let records = "[('id','<i4'),('value','<f8'),('flag','?')]"
    // A single name closes the quote and, when it is the whole index, the bracket.
    let completion = try complete("['va", dtype: records)
    #expect(completion.candidates == ["value']"] && !completion.appendsSpace)
    #expect(completion.start == 2)
    #expect(try complete("[\"v", dtype: records).candidates == ["value\"]"])
    #expect(try complete("[0][ 'v", dtype: records).candidates == ["value']"])
    #expect(try complete("[['id', 'f", dtype: records).candidates == ["flag'"])
    #expect(try complete("[['f", dtype: records).candidates == ["flag'"])
    #expect(try complete("show [0]; ['", dtype: records).candidates == ["flag", "id", "value"])
    #expect(try complete("['v", dtype: "<f8").candidates.isEmpty)
  }

  @Test func aCompletedFieldIndexRuns() throws {
    let session = Session()
    _ = session.run("array [(1, 0.5), (2, 1.5)] as [('id','<i4'),('value','<f8')]")
    let line = "['va"
    let completion = Completer(dtype: session.currentView?.dtype)
      .complete(line, cursor: line.count)
    let completed = String(line.prefix(completion.start)) + completion.candidates[0]
    #expect(completed == "['value']")
    let outcome = session.run(completed + "; show")
    #expect(outcome.transcript.plainText == "[0.5 1.5]\n")
  }

  @Test func fieldNamesWithQuotesAreEscaped() throws {
    let type = try DType.parse("[(\"it's\", '<i4'), ('b', '<i2')]")
    let line = "['i"
    let completion = Completer(dtype: type).complete(line, cursor: line.count)
    #expect(completion.candidates == ["it\\'s']"])
  }

  @Test func wordsAfterLoadSaveAndDumps() throws {
    #expect(try complete("load x.bin as te").candidates == ["text"])
    #expect(try complete("load x.bin as text --f").candidates == ["--format"])
    #expect(try complete("load x.bin as text --format xx").candidates == ["xxd", "xxd-e"])
    #expect(try complete("load x.bin at ").candidates.isEmpty)
    #expect(try complete("load 'a b.bin' a").candidates == ["as", "at"])
    #expect(try complete("save x.bin ").candidates == ["meta", "npy", "order", "raw"])
    #expect(try complete("save x.bin order ").candidates == ["C", "F"])
    #expect(try complete("bytes --f").candidates == ["--format"])
    #expect(
      try complete("paste --format he").candidates == ["hex", "hexdump", "hexdump-C", "hexyl"])
    #expect(try complete("bytes 01 0").candidates.isEmpty)
  }

  @Test func optionsTopicsAndWords() throws {
    #expect(try complete("set t").candidates == ["threshold"])
    #expect(try complete("set f").candidates == ["floatmode", "formatter"])
    #expect(try complete("set floatmode m").candidates == ["maxprec", "maxprec_equal"])
    #expect(try complete("set formatter i").candidates == ["int", "int_kind"])
    #expect(try complete("set formatter fl").candidates == ["float", "float_kind"])
    #expect(try complete("set legacy 1").candidates == ["1.21", "1.25"])
    #expect(try complete("set formatter int_kind ").candidates == ["bin", "hex", "none", "oct"])
    #expect(try complete("set nanstr ").candidates.isEmpty)
    #expect(try complete("set linewidth ").candidates.isEmpty)
    #expect(try complete("help by").candidates == [
        "bytemap", "byteorder", "bytes", "byteswap",
      ])
    #expect(try complete("help lay").candidates == ["layout"])
    #expect(try complete("byteorder s").candidates == ["swap"])
    #expect(try complete("tobytes ").candidates == ["A", "C", "F", "K"])
    #expect(try complete("show x").candidates.isEmpty)
    #expect(try complete("learn n").candidates == ["next"])
    #expect(try complete("learn 3 s").candidates == ["solution"])
    #expect(try complete("learn next ").candidates.isEmpty)
    #expect(try complete("learn 3 solution ").candidates.isEmpty)
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
