import ByteLensEngine

/// The last `find`: what it searched and the first hits, for `goto`.
struct FindRecord {
  /// The view `find` ran from: its source was searched, and `goto` reads it again.
  var entry: ViewEntry
  var search: Search
  /// The query as typed, for messages.
  var query: String
  /// The first `Session.findKeptHits` hits; `goto` searches again for later ones.
  var hits: [SearchHit]
  var total: Int
}

/// `find` and `goto`.
extension Session {
  /// The hits `find` lists without `all`.
  static let findListLimit = 20
  /// The hits a find remembers for `goto`; a later one is found by searching again.
  static let findKeptHits = 10_000
  /// The most hits `find … all` collects when it cannot stream them (under `--json`, or with
  /// no live output), so that memory stays bounded.
  static let findCollectLimit = 1_000_000
  /// Hits written per piece when `find … all` streams.
  static let findStreamBatch = 4096
  /// Sources smaller than this are searched without a progress line.
  static let findProgressThreshold = 64 << 20

  /// `find PATTERN [as DTYPE [tol T]] [all|count]`: every hit in the whole source of the
  /// current view (the loaded bytes, not just the view's window).
  func find(_ query: FindQuery, listing: FindListing) throws -> CommandOutcome {
    let entry = try requireCurrent()
    let source = entry.source
    let search = try makeSearch(query)
    let streams = listing == .all && liveOutput != nil && !reportsJSON
    let listLimit: Int
    switch listing {
    case .first: listLimit = Session.findListLimit
    case .all: listLimit = streams ? 0 : Session.findCollectLimit
    case .count: listLimit = 0
    }
    // Streamed lines are numbered before the last is known: room for as many as could be.
    let possible = max(source.count - search.hitLength + 1, 0)
    func renderer(numbering largest: Int) -> SearchHitRenderer {
      SearchHitRenderer(
        source: source, search: search, options: printOptions, largestNumber: largest)
    }
    let streamRenderer = renderer(numbering: possible)
    var listed: [SearchHit] = []
    var kept: [SearchHit] = []
    var pending: [SearchHit] = []
    var total = 0
    func flush() throws {
      guard let liveOutput, !pending.isEmpty else { return }
      try liveOutput(try streamRenderer.render(pending, firstNumber: total - pending.count + 1))
      pending.removeAll(keepingCapacity: true)
    }
    try runSearch(search, over: source) { hit in
      total += 1
      if kept.count < Session.findKeptHits { kept.append(hit) }
      if listed.count < listLimit { listed.append(hit) }
      if streams {
        pending.append(hit)
        if pending.count == Session.findStreamBatch { try flush() }
      }
      return true
    }
    try flush()
    lastFind = FindRecord(
      entry: entry, search: search, query: query.text, hits: kept, total: total)
    let listRenderer = renderer(numbering: listed.count)
    if reportsJSON {
      return .json(
        try findDocument(
          query, search: search, source: source, hits: listing == .count ? nil : listed,
          total: total, renderer: listRenderer))
    }
    var output = StyledText()
    if !listed.isEmpty { output = try listRenderer.render(listed, firstNumber: 1) }
    let shown = streams ? total : listed.count
    if listing == .count {
      output.appendLine(Session.hitCount(total))
    } else if total == 0, search.hitLength > source.count {
      output.appendLine(
        "no hits: the pattern has \(search.hitLength) byte\(search.hitLength == 1 ? "" : "s"), "
          + "the source only \(source.count)",
        role: .muted)
    } else if shown < total {
      let more = total - shown
      output.appendLine(
        "… \(more) more hit\(more == 1 ? "" : "s"), \(total) in all: 'find … all' lists "
          + "every hit, 'find … count' counts them", role: .hint)
    } else {
      output.appendLine(Session.hitCount(total), role: .muted)
    }
    return CommandOutcome(output: output)
  }

  /// `goto N`: a view from the Nth hit of the last find to the end of its source, in whole
  /// elements — of the dtype found, for a value; of the view `find` ran from, for bytes (`u1`
  /// when not one element fits).
  func goto(_ number: Int, text: String) throws -> CommandOutcome {
    guard let record = lastFind else { throw FindError.noFind }
    guard record.total > 0 else { throw FindError.noHits(query: record.query) }
    let index = number > 0 ? number : record.total + number + 1
    guard index >= 1, index <= record.total else {
      throw FindError.hitOutOfRange(number: number, total: record.total)
    }
    let source = record.entry.source
    let hit = try index <= record.hits.count ? record.hits[index - 1] : searchAgain(record, for: index)
    var dtype = record.search.dtype(for: hit) ?? record.entry.readingDType
    let rest = source.count - hit.offset
    if dtype.itemsize == 0 || dtype.itemsize > rest { dtype = try DType.parse("u1") }
    let window = ViewEntry.Window(dtype: dtype, offset: hit.offset, count: rest / dtype.itemsize)
    let view = try ArrayView.frombuffer(
      source, dtype: dtype, count: window.count, offset: window.offset)
    return push(record.entry.readingAgain(window, view: view, origin: record.entry.origin, text: text))
  }

  /// The `index`th hit (from 1) of `record`'s search, searched for again.
  private func searchAgain(_ record: FindRecord, for index: Int) throws -> SearchHit {
    var seen = 0
    var found: SearchHit? = nil
    try runSearch(record.search, over: record.entry.source) { hit in
      seen += 1
      guard seen == index else { return true }
      found = hit
      return false
    }
    // The source is read-only, so the hit is where it was; a file changed under us is not.
    guard let found else { throw FindError.hitOutOfRange(number: index, total: seen) }
    return found
  }

  /// Runs `search`, showing a progress line on large sources when a display is set.
  private func runSearch(
    _ search: Search, over source: any ByteSource, onHit: (SearchHit) throws -> Bool
  ) throws {
    guard let progressDisplay, source.count >= Session.findProgressThreshold else {
      try search.run(over: source, onHit: onHit)
      return
    }
    var reporter = ProgressReporter(progressDisplay)
    defer { reporter.finish() }
    var hits = 0
    try search.run(
      over: source,
      progress: { position in
        reporter.update {
          "find: \(spokenSize(position)) of \(spokenSize(source.count)) "
            + "(\(Int(Double(position) / Double(source.count) * 100))%), "
            + Session.hitCount(hits)
        }
      },
      onHit: { hit in
        hits += 1
        return try onHit(hit)
      })
  }

  private func makeSearch(_ query: FindQuery) throws -> Search {
    switch query {
    case .bytes(let bytes, _): return try Search.bytes(bytes)
    case .value(let value, let argument, let bothOrders, let tolerance):
      return try Search.value(
        value, as: try parse(argument), bothOrders: bothOrders, tolerance: tolerance)
    }
  }

  /// `no hits`, `1 hit`, `12 hits`.
  static func hitCount(_ count: Int) -> String {
    count == 0 ? "no hits" : count == 1 ? "1 hit" : "\(count) hits"
  }

  /// `find` under `--json`: the query, the source, how many hits, and the hits listed.
  private func findDocument(
    _ query: FindQuery, search: Search, source: any ByteSource, hits: [SearchHit]?, total: Int,
    renderer: SearchHitRenderer
  ) throws -> JSONValue {
    var queryMembers: [(String, JSONValue)] = []
    switch query {
    case .bytes(let bytes, let text):
      queryMembers = [("text", .string(text)), ("bytes", .string(Hex.bytes(bytes, separator: "")))]
    case .value(let value, let argument, _, let tolerance):
      let orders: [SearchHit.Order]
      switch search.dtype {
      case let dtype? where dtype.itemsize == 1: orders = []
      case let dtype? where dtype.byteOrder == .big: orders = [.big]
      default:
        if case .value(_, _, true, _) = query { orders = [.little, .big] } else { orders = [.little] }
      }
      queryMembers = [
        ("value", .string(value)), ("dtype", .string(argument.text)),
        ("orders", .array(orders.map { .string(Session.orderName($0) ?? "") })),
        ("tolerance", tolerance.map { .string($0) } ?? .null),
      ]
    }
    var members: [(String, JSONValue)] = [
      ("query", .object(queryMembers)),
      ("source", .object([("name", .string(source.name)), ("size", .integer(source.count))])),
      ("hit_length", .integer(search.hitLength)),
      ("count", .integer(total)),
    ]
    guard let hits else { return .object(members) }
    var list: [JSONValue] = []
    for (index, hit) in hits.enumerated() {
      try Cancellation.check()
      var hitMembers: [(String, JSONValue)] = [
        ("number", .integer(index + 1)), ("offset", .integer(hit.offset)),
        ("order", Session.orderName(hit.order).map { .string($0) } ?? .null),
      ]
      if let (scalar, dtype) = try renderer.value(of: hit) {
        hitMembers.append(("dtype", .string(dtype.str)))
        let text = try renderer.valueText(of: hit) ?? ""
        hitMembers.append(("value", Session.jsonValue(scalar, text: text)))
        hitMembers.append(("text", .string(text)))
      }
      hitMembers.append(("bytes", .string(Hex.bytes(try renderer.bytes(of: hit), separator: ""))))
      list.append(.object(hitMembers))
    }
    members.append(("listed", .integer(hits.count)))
    members.append(("cut", .bool(hits.count < total)))
    members.append(("hits", .array(list)))
    return .object(members)
  }

  /// `little`, `big`, `both`; nil when a hit has no order.
  static func orderName(_ order: SearchHit.Order) -> String? {
    switch order {
    case .none: return nil
    case .little: return "little"
    case .big: return "big"
    case .both: return "both"
    }
  }

  /// A number found: exact integers, floats as float64 (NaN and infinities as strings); long
  /// doubles, which float64 cannot hold, as numpy prints them.
  static func jsonValue(_ scalar: Scalar, text: String) -> JSONValue {
    switch scalar {
    case .int(let value): return .integer(value)
    case .uint(let value): return .integer(value)
    case .float16(let value): return .double(Double(value))
    case .float32(let value): return .double(Double(value))
    case .float64(let value): return .double(value)
    default: return .string(text)
    }
  }
}

extension FindQuery {
  /// The query as typed.
  var text: String {
    switch self {
    case .bytes(_, let text): return text
    case .value(let value, let dtype, _, let tolerance):
      return "\(value) as \(dtype.text)" + (tolerance.map { " tol \($0)" } ?? "")
    }
  }
}
