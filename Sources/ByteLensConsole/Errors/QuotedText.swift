import ByteLensEngine

/// Text from input (a token, a name, a path) as a message quotes it: in quotes as Python's
/// `repr` writes a string, so control characters show as escapes (`'\x1b]0;x\x07'`) and never
/// reach the terminal raw, and cut to `limit` characters (`'abc…'`), so a megabyte of garbage
/// is echoed as a few dozen characters.
///
/// Every message that echoes what the user typed or what a file holds goes through this.
func quoted(_ value: some CustomStringConvertible, limit: Int = PythonRepr.excerptLimit)
  -> String
{
  let text = value.description
  let head = text.unicodeScalars.prefix(limit + 1)
  guard head.count > limit else { return PythonRepr.string(text) }
  let literal = PythonRepr.string(String(String.UnicodeScalarView(head.prefix(limit))))
  return literal.dropLast() + "…" + String(literal.last!)
}

/// A path as a message quotes it: as `quoted`, with room for a long path.
func quotedPath(_ path: String) -> String {
  quoted(path, limit: 240)
}
