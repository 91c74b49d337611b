import ByteLensEngine
import Testing

@testable import ByteLensConsole

/// The words of a `.npy` header whose literal or descr fails: the inner error's words after
/// the part of the header they concern.
@Suite struct NPYHeaderErrorTextTests {
  func words(_ header: String) -> [String?] {
    do {
      _ = try NPYHeader.parse(header)
      return ["parsed"]
    } catch let error as any UserFacingError {
      return [error.message, error.hint]
    } catch {
      return ["not a UserFacingError: \(error)"]
    }
  }

  @Test func headerThatIsNotALiteral() {
    #expect(
      words("{'descr': '<i4' 'fortran_order': False}")
        == [
          "cannot parse the .npy header {'descr': '<i4' 'fortran_order': False}: expected ',' "
            + "or '}' in a dict at column 17 of the literal", nil,
        ])
  }

  @Test func descrThatIsNotADType() {
    #expect(
      words("{'descr': '<i3', 'fortran_order': False, 'shape': (2,), }")
        == [
          "descr in the .npy header is not a valid dtype descriptor: '<i3': data type '<i3' not "
            + "understood: there is no 3-byte signed integer", nil,
        ])
    #expect(
      words("{'descr': [('a', '<i4', (-1,))], 'fortran_order': False, 'shape': (2,), }")
        == [
          "descr in the .npy header is not a valid dtype descriptor: [('a', '<i4', (-1,))]: "
            + "invalid shape in fixed-type tuple: dimension -1 is negative", nil,
        ])
  }

  @Test func dtypeWithoutADescrCannotBeSaved() throws {
    let dtype = try DType.parse(
      "{'names': ['a', 'b'], 'formats': ['<i4', '<i4'], 'offsets': [0, 2]}")
    do {
      _ = try NPYHeader.encode(dtype: dtype, shape: [1], fortranOrder: false)
      Issue.record("encoded a dtype that has no descr")
    } catch let error as any UserFacingError {
      #expect(
        error.message
          == "cannot save as .npy: dtype.descr is not defined for types with overlapping or "
          + "out-of-order fields")
      #expect(error.hint == "save raw bytes instead ('save PATH raw'), or select fields first")
    }
  }
}
