import Testing

@testable import ByteLensEngine

@Suite struct FieldsRendererTests {
  @Test func alignedRecord() throws {
    // np.dtype([('id','<i4'),('value','<f8'),('flag','?')], align=True): offsets 0, 8, 16
    let text = FieldsRenderer(
      try DType.parse("[('id','<i4'),('value','<f8'),('flag','?')]", aligned: true)
    )
    .render().plainText
    #expect(
      text == """
        3 fields, itemsize 24, alignment 8, aligned (align=True), 11 bytes of padding
          #  name   dtype  offset  size  align
          0  id     <i4         0     4      4
             (pad)              4     4
          1  value  <f8         8     8      8
          2  flag   |b1        16     1      1
             (pad)             17     7
        byte ruler: the field number (#) of each byte of a record, '.' for padding
           0 0000.... 11111111 2.......

        """)
  }

  @Test func plainTypesHaveOneRowAndANote() throws {
    let text = FieldsRenderer(try DType.parse("<i2")).render().plainText
    #expect(
      text == """
          #  name           dtype  offset  size  align
             (the element)  <i2         0     2      2
        note: '<i2' is not a structured dtype, so it has no fields: each element is one int16 of 2 bytes

        """)
  }

  @Test func rulerLinesRepeatAsAStar() throws {
    let text = FieldsRenderer(try DType.parse("[('a','u1'),('b','S200'),('c','<i4')]")).render()
      .plainText
    #expect(
      text.hasSuffix(
        """
        byte ruler: the field number (#) of each byte of a record, '.' for padding
            0 01111111 11111111 11111111 11111111
           32 11111111 11111111 11111111 11111111
          *
          192 11111111 12222

        """))
  }

  @Test func fieldRolesMatchTheHexdumpColours() throws {
    let spans = FieldsRenderer(try DType.parse("u1,<i2")).render().spans
    #expect(spans.contains(StyledText.Span("f0", role: .field(0, tone: 0))))
    #expect(spans.contains { $0.role == .field(1, tone: 0) && $0.text.hasPrefix("f1") })
  }
}
