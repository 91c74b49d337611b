/// The Python statements that rebuild a view (`export numpy`), shared along the view stack.
///
/// Each view-changing command adds one statement to the list of the view it started from.
/// The list is a chain of immutable nodes, so the new entry shares every earlier statement
/// with its predecessor instead of copying them: an entry costs the same however long the
/// history behind it.
struct PythonStatements: Sendable {
  private final class Node: @unchecked Sendable {
    let statement: String
    /// Set once at creation; cleared only in `deinit`, when no one else can see it.
    var previous: Node?

    init(_ statement: String, after previous: Node?) {
      self.statement = statement
      self.previous = previous
    }

    /// Frees a long chain one node at a time: releasing it recursively would use one stack
    /// frame per statement.
    deinit {
      var next = previous.take()
      while var node = next.take() {
        guard isKnownUniquelyReferenced(&node) else { break }
        next = node.previous.take()
      }
    }
  }

  private var last: Node?
  /// The number of statements.
  private(set) var count = 0

  init(_ statements: [String] = []) {
    for statement in statements { append(statement) }
  }

  /// Adds a statement at the end.
  /// - Complexity: O(1); earlier statements are shared, not copied.
  mutating func append(_ statement: String) {
    last = Node(statement, after: last)
    count += 1
  }

  /// Whether this list is `other` plus one statement, sharing all of `other`'s nodes.
  func extends(_ other: PythonStatements) -> Bool {
    count == other.count + 1 && last?.previous === other.last
  }

  /// The statements, first to last.
  /// - Complexity: O(count).
  var lines: [String] {
    var lines: [String] = []
    lines.reserveCapacity(count)
    var node = last
    while let current = node {
      lines.append(current.statement)
      node = current.previous
    }
    return lines.reversed()
  }
}
