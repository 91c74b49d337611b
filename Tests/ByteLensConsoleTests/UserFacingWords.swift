import ByteLensEngine

@testable import ByteLensConsole

/// What the user reads of the error `body` throws: its message and hint, as `error:` and
/// `hint:` lines would show them (`["no error"]` when it throws none).
func words(_ body: () throws -> Void) -> [String?] {
  do {
    try body()
    return ["no error"]
  } catch let error as any UserFacingError {
    return [error.message, error.hint]
  } catch {
    return ["not a UserFacingError: \(error)"]
  }
}
