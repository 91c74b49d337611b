/// Something worth knowing about a decoded dump that is not an error.
public enum DumpNote: Equatable, Sendable {
  /// The text column of `firstLine` (nil: the one line on the command line), and of
  /// `otherLines` lines after it, does not show the bytes of the hex before it.
  case textColumnDiffers(firstLine: Int?, otherLines: Int)
  /// `od -A n` words: zero bytes od may have added to fill the last `wordSize`-byte word were
  /// kept, as without offsets they cannot be told from data.
  case fillZerosKept(wordSize: Int)
}
