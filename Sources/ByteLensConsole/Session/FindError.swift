/// Why `goto` cannot move to a hit.
enum FindError: Error, Hashable, Sendable {
  /// No `find` has run in this session (or `reset` forgot it).
  case noFind
  /// The last `find` found nothing.
  case noHits(query: String)
  /// The hit number is past the hits there are.
  case hitOutOfRange(number: Int, total: Int)
}
