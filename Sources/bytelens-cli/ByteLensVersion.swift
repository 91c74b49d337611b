/// The version `bytelens --version` prints. The one place it is written down.
enum ByteLensVersion {
  static let current = "0.1.0"
}
