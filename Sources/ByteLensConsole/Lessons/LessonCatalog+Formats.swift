extension LessonCatalog {
  /// The record the WAV lesson reads its header as: the 44 bytes of a canonical PCM header.
  static let wavHeaderDType =
    "[('riff','S4'),('size','<u4'),('wave','S4'),('fmt','S4'),('fmt_size','<u4'),"
    + "('format','<u2'),('channels','<u2'),('rate','<u4'),('byte_rate','<u4'),"
    + "('block_align','<u2'),('bits','<u2'),('data','S4'),('data_size','<u4')]"

  static let byteOrder: [Lesson] = [
    Lesson(
      id: "byteorder-and-byteswap", title: "byteorder swap against byteswap",
      setup: ["array [1, 256, -2] as <i4"],
      introduction: [
        "Two commands reverse bytes, in opposite ways. 'byteorder swap' keeps the bytes and",
        "reads them the other way round: same bytes, other values. 'byteswap' reverses the",
        "bytes and keeps the dtype: other bytes, and read the same way, other values too.",
      ],
      shows: [
        Lesson.Show(
          caption: "Printed, the two look alike; repr shows the dtypes that tell them apart:",
          commands: ["byteorder swap", "repr", "undo", "byteswap", "repr", "undo"]),
        Lesson.Show(
          caption: "byteorder swap (left) keeps the bytes; byteswap (right) moved them:",
          commands: ["byteorder swap", "hexdump"], beside: ["byteswap", "hexdump"]),
      ],
      exercise: Exercise(
        setup: ["array [1, 256, -2] as <i4"],
        task: ["Make the array big-endian ('>i4') and keep its values 1, 256, -2."],
        goal: [.values, .dtype],
        hints: [
          "byteorder alone changes the values; new bytes are needed, in big-endian order.",
          "astype converts values into new bytes of another dtype: astype >i4 (or byteswap "
            + "then byteorder swap).",
        ],
        solution: ["astype >i4"], wrongAttempt: ["byteorder big"])),

    Lesson(
      id: "big-endian-file", title: "A file from a big-endian machine",
      setup: ["bytes 40348000 00000000 40350000 00000000 c00e0000 00000000 3f50624d d2f1a9fc",
              "as <f8"],
      introduction: [
        "A sensor on a big-endian machine wrote four float64 readings (struct.pack('>4d',",
        "…)). Read little-endian, as here, they are nonsense; compare reads the same bytes",
        "both ways.",
      ],
      shows: [
        Lesson.Show(caption: "Little-endian readings:", commands: ["show"]),
        Lesson.Show(caption: "Each element's bytes, read in both orders:", commands: ["compare <f8 >f8"]),
      ],
      exercise: Exercise(
        setup: [],
        task: ["Find the byte order that makes these readings plausible, without moving a byte."],
        goal: [.values, .isView, .dtype],
        hints: [
          "The bytes are right; only the way they are read is wrong.",
          "byteorder big (a.view(a.dtype.newbyteorder('>'))).",
        ],
        solution: ["byteorder big"], wrongAttempt: ["byteswap"])),

    Lesson(
      id: "float-anatomy", title: "Float anatomy: sign, exponent, mantissa",
      setup: ["bytes 0000c03f 00000080 0000c07f 00004000", "as <f4"],
      introduction: [
        "A float32 is 1 sign bit, 8 exponent bits and 23 mantissa bits. These 16 bytes hold",
        "1.5, -0.0, a NaN and a subnormal; explain takes one element apart, bit by bit.",
      ],
      shows: [
        Lesson.Show(caption: "1.5 is 1.1 in binary, times 2**0:", commands: ["explain [0]"]),
        Lesson.Show(caption: "-0.0 differs from 0.0 in the sign bit alone:", commands: ["explain [1]"]),
        Lesson.Show(caption: "NaN: every exponent bit set, a mantissa that is not zero:", commands: ["explain [2]"]),
        Lesson.Show(
          caption: "A subnormal: every exponent bit zero, so the mantissa has no leading 1 and "
            + "the\nexponent stays at 2**-126, below the smallest normal float32:",
          commands: ["explain [3]"]),
      ],
      exercise: Exercise(
        setup: ["bytes 01000000"],
        task: [
          "These 4 bytes hold the smallest positive float32, a subnormal: its exponent bits",
          "are all zero and its mantissa is 1. Read them so that show prints it.",
        ],
        goal: [.values, .dtype, .isView],
        hints: [
          "Which byte holds the mantissa's lowest bit depends on the byte order.",
          "as <f4 (little-endian: the 01 is the least significant byte).",
        ],
        solution: ["as <f4"], wrongAttempt: ["as >f4"])),
  ]

  static let formats: [Lesson] = [
    Lesson(
      id: "length-prefixed-header", title: "A length-prefixed header",
      setup: [
        "bytes 03000000 3c6634 02000000 02000000 03000000 0000c03f 00000040 00004040 "
          + "00008040 0000a040 0000c840"
      ],
      introduction: [
        "The tutorial's save_array_binary writes a u32 length, the dtype string, a u32 ndim,",
        "a u32 per dimension, then tobytes(). These 43 bytes are one such file, of a 2×3",
        "float32 matrix. Its u32s come from struct.pack('I'): native order and size.",
      ],
      shows: [
        Lesson.Show(caption: "4 + 3 (b'<f4') + 4 + 2 × 4: the data starts at byte 19:", commands: ["hexdump"]),
        Lesson.Show(
          caption: "On a big-endian machine the length 3 reads as another number; and no "
            + "dimension\ncan reach 2**32. (.npy has neither problem.)",
          commands: ["as <u4 count 1", "show", "byteorder big", "show"]),
      ],
      exercise: Exercise(
        setup: [
          "bytes 03000000 3c6634 02000000 02000000 03000000 0000c03f 00000040 00004040 "
            + "00008040 0000a040 0000c840"
        ],
        task: ["Read the data after the header: make show print the 2×3 float32 matrix."],
        goal: [.values, .dtype, .isView],
        hints: [
          "'as DTYPE at OFFSET' reads the bytes from OFFSET on (np.frombuffer(…, offset=)).",
          "as <f4 at 19, then reshape 2,3.",
        ],
        solution: ["as <f4 at 19", "reshape 2,3"], wrongAttempt: ["as <f4 at 19"])),

    Lesson(
      id: "wav-header", title: "A WAV header",
      setup: [
        "bytes 52494646 30000000 57415645 666d7420 10000000 0100 0100 401f0000 803e0000 "
          + "0200 1000 64617461 0c000000 0000 8b0c f818 2725 fb30 563c"
      ],
      introduction: [
        "A WAV file starts with a 44-byte header of little-endian fields: 'RIFF', sizes, the",
        "format (1 = PCM), channels, the sample rate, bits per sample, then 'data' and its",
        "size. These 56 bytes are a tiny WAV file; read as one record, the header explains them.",
      ],
      shows: [
        Lesson.Show(
          caption: "The header as one record, each field marked; the 12 bytes after it are the "
            + "samples:",
          commands: ["as \(wavHeaderDType) count 1", "hexdump"]),
        Lesson.Show(
          caption: "Every field's value, then two read by name:",
          commands: ["show", "['rate']", "show", "undo", "['bits']", "show"]),
      ],
      exercise: Exercise(
        setup: [
          "bytes 52494646 30000000 57415645 666d7420 10000000 0100 0100 401f0000 803e0000 "
            + "0200 1000 64617461 0c000000 0000 8b0c f818 2725 fb30 563c"
        ],
        task: [
          "The samples follow the 44-byte header: PCM, 16 bits, in the byte order of every",
          "other field. Make show print the samples.",
        ],
        goal: [.values, .dtype, .isView],
        hints: [
          "'as DTYPE at OFFSET' reads from OFFSET on; 16-bit signed integers are i2.",
          "as <i2 at 44",
        ],
        solution: ["as <i2 at 44"], wrongAttempt: ["as >i2 at 44"])),

    Lesson(
      id: "records-and-align", title: "Structured records, padding and align",
      setup: ["array [(1, 0.5, True), (2, -1.25, False)] as [('id','<i4'),('value','<f8'),('flag','?')]"],
      introduction: [
        "A structured dtype lays its fields one after another. Packed (the default), i4, f8",
        "and ? take 4 + 8 + 1 = 13 bytes. With align=True, as a C compiler lays out a struct,",
        "each field starts at a multiple of its alignment: 24 bytes, with padding.",
      ],
      shows: [
        Lesson.Show(caption: "Packed:", commands: ["fields"]),
        Lesson.Show(
          caption: "Aligned, the padding marked:",
          commands: [
            "array [(1, 0.5, True), (2, -1.25, False)] as [('id','<i4'),('value','<f8'),('flag','?')] aligned",
            "fields", "hexdump",
          ]),
      ],
      exercise: Exercise(
        setup: [
          "bytes 0700aaaa aaaaaaaa 00000000 00000440 01aaaaaa aaaaaaaa "
            + "0800aaaa aaaaaaaa 00000000 0000c0bf 00aaaaaa aaaaaaaa"
        ],
        task: [
          "A C program wrote these 48 bytes: two records of a short id, a double value and a",
          "bool flag, 24 bytes each (its padding holds 0xaa). Which dtype with align=True",
          "explains them? Read them as it.",
        ],
        goal: [.values, .dtype, .isView],
        hints: [
          "A short is int16 ('<i2'); a double float64; a bool '?'. Name the fields id, value, flag.",
          "as [('id','<i2'),('value','<f8'),('flag','?')] aligned",
        ],
        solution: ["as [('id','<i2'),('value','<f8'),('flag','?')] aligned"],
        wrongAttempt: ["as [('id','<i4'),('value','<f8'),('flag','?')] aligned"])),
  ]
}
