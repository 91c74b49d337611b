/// The lessons of `learn`, in order: the lessons of NumPy's tobytes()/frombuffer() tutorial,
/// the places where it is wrong on numpy 2 (`tutorial-traps`), then strides, views and copies,
/// byte order, foreign headers, records and floats.
///
/// Bytes are built in (`bytes HEX`, `array …`) so that a lesson runs from any directory; the
/// hex is what the intro says wrote it (`tobytes()`, `struct.pack`), never printed output.
public enum LessonCatalog {
  public static let lessons: [Lesson] = basics + layout + byteOrder + formats

  /// The index (from 0) of the lesson with `id`.
  static func index(of id: String) -> Int? {
    lessons.firstIndex { $0.id == id }
  }

  static let basics: [Lesson] = [
    Lesson(
      id: "bytes-and-dtypes", title: "An array is bytes plus a dtype",
      setup: ["bytes 01000000 02000000 03000000 04000000 05000000"],
      introduction: [
        "These 20 bytes are np.array([1, 2, 3, 4, 5], dtype=np.int32).tobytes(): the values,",
        "least significant byte first, and nothing else. Bytes keep no dtype: read as uint8",
        "they are twenty small numbers. Find the dtype that reads them back.",
      ],
      shows: [
        Lesson.Show(caption: "As uint8, every byte is an element of its own:", commands: ["hexdump"]),
        Lesson.Show(
          caption: "The same values take 1 byte each as int8, 8 as int64 or float64:",
          commands: [
            "array [1, 2, 3, 4, 5] as int8", "tobytes", "array [1.0, 2.0, 3.0] as float64",
            "tobytes",
          ]),
      ],
      exercise: Exercise(
        setup: ["bytes 01000000 02000000 03000000 04000000 05000000"],
        task: ["Read the 20 bytes back as np.frombuffer(b, dtype=np.int32) does."],
        goal: [.values, .dtype, .isView],
        hints: [
          "'as DTYPE' reads the same bytes under another dtype (np.frombuffer, a.view).",
          "int32 is 4 bytes, little-endian here: '<i4'.",
        ],
        solution: ["as <i4"], wrongAttempt: ["as <i2"])),

    Lesson(
      id: "default-integer", title: "numpy's default integer is int64",
      setup: ["array [[1, 2, 3], [4, 5, 6]]"],
      introduction: [
        "np.array([[1, 2, 3], [4, 5, 6]]) without a dtype is int64 with numpy 2 on 64-bit",
        "Linux: 8 bytes per element, not the int32 the tutorial prints. Restoring its bytes",
        "with dtype=np.int32 reads twelve numbers, and reshape((2, 3)) then fails.",
      ],
      shows: [
        Lesson.Show(caption: "8 bytes an element, marked in the dump:", commands: ["hexdump"]),
        Lesson.Show(
          caption: "Read as int32, the high half of each int64 is a 0, and the reshape fails:",
          commands: ["as <i4 at 0", "show", "reshape 2,3"]),
      ],
      exercise: Exercise(
        setup: ["array [[1, 2, 3], [4, 5, 6]]"],
        task: [
          "Make the array the tutorial thought it had: the same 2×3 values in int32, so that",
          "its bytes are the ones the tutorial prints.",
        ],
        goal: [.values, .dtype],
        hints: [
          "'as' keeps the bytes and reads them anew; you need new bytes with the same values.",
          "'astype DTYPE' converts the values (a.astype(np.int32)).",
        ],
        solution: ["astype <i4"], wrongAttempt: ["as <i4"])),

    Lesson(
      id: "shape-not-stored", title: "Bytes carry no shape",
      setup: ["bytes 0000c03f 00000040 00004040 00008040 0000a040 0000c840", "as <f4"],
      introduction: [
        "These 24 bytes are the float32 matrix np.array([[1.5, 2, 3], [4, 5, 6.25]])",
        "written by tobytes(). The shape was not written: frombuffer reads six numbers in a",
        "row, and the shape must come from elsewhere.",
      ],
      shows: [
        Lesson.Show(caption: "Six float32s, 4 bytes each:", commands: ["hexdump", "show"])
      ],
      exercise: Exercise(
        setup: [], task: ["Give the view its shape back: make show print the 2×3 matrix."],
        goal: [.values, .dtype, .isView],
        hints: [
          "'reshape R,C' gives the elements a new shape (a.reshape((R, C))).",
          "Two rows of three: reshape 2,3.",
        ],
        solution: ["reshape 2,3"], wrongAttempt: ["reshape 3,2"])),
  ]

  static let layout: [Lesson] = [
    Lesson(
      id: "c-and-fortran-order", title: "C order, Fortran order, and tobytes()",
      setup: ["array [[1, 2, 3], [4, 5, 6]] as <i4"],
      introduction: [
        "C order lays a 2×3 array out row by row; Fortran order column by column. The",
        "tutorial says a Fortran-ordered array's tobytes() reads 1, 4, 2, 5, 3, 6. It does",
        "not: tobytes() writes C order unless given order='F' (or 'A').",
      ],
      shows: [
        Lesson.Show(caption: "The byte offset of every index, in both orders:", commands: ["layout"]),
        Lesson.Show(
          caption: "A Fortran-ordered copy holds other bytes, yet tobytes() is still C order:",
          commands: ["copy F", "hexdump", "tobytes", "tobytes F"]),
        Lesson.Show(
          caption: "So the tutorial's f_bytes hold 1, 2, 3, 4, 5, 6, and its "
            + "reshape((2, 3), order='F')\nmakes the wrong matrix of them:",
          commands: ["reshape 6", "show", "reshape 2,3 F", "show"]),
      ],
      exercise: Exercise(
        setup: ["array [[1, 2, 3], [4, 5, 6]] as <i4"],
        task: [
          "Make a view whose plain tobytes() gives 1, 4, 2, 5, 3, 6, without copying a byte.",
        ],
        goal: [.bytesInCOrder, .dtype, .isView],
        hints: [
          "tobytes() walks the view's indices in C order; change which index comes first.",
          "A transpose swaps the axes without moving bytes: T.",
        ],
        solution: ["T"], wrongAttempt: ["copy F"])),

    Lesson(
      id: "fortran-order-files", title: "Reading a Fortran-order file",
      setup: ["bytes 0000c03f 00008040 00000040 0000a040 00004040 0000c840", "as <f4"],
      introduction: [
        "These 24 bytes are np.array([[1.5, 2, 3], [4, 5, 6.25]], dtype=np.float32)",
        "written by tobytes('F'): column by column. The order you reshape in must be the",
        "order the bytes were written in. (The tutorial's \"F bytes\" came from a plain",
        "tobytes(), so its reshape(order='F') scrambled a C-order file.)",
      ],
      shows: [
        Lesson.Show(caption: "The first column (1.5, 4) comes first:", commands: ["show"]),
        Lesson.Show(
          caption: "Reshaped in C order, the rows come out wrong:",
          commands: ["reshape 2,3", "show", "undo"]),
      ],
      exercise: Exercise(
        setup: [], task: ["Make show print the matrix the right way round."],
        goal: [.values, .dtype, .isView],
        hints: [
          "reshape takes an order: C (row by row, the default) or F (column by column).",
          "reshape 2,3 F",
        ],
        solution: ["reshape 2,3 F"], wrongAttempt: ["reshape 2,3"])),

    Lesson(
      id: "strides", title: "Strides and non-contiguous views",
      setup: ["array [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]] as <i2"],
      introduction: [
        "A view steps through memory by its strides: the bytes from one element to the next",
        "along each axis. Slicing changes the strides and the offset, never the bytes, so a",
        "strided view costs nothing.",
      ],
      shows: [
        Lesson.Show(caption: "3×4 int16: 8 bytes to the next row, 2 to the next column:", commands: ["info"]),
        Lesson.Show(
          caption: "Every other row: the row stride doubles; the dump marks the bytes skipped:",
          commands: ["[::2]", "hexdump", "undo"]),
      ],
      exercise: Exercise(
        setup: [], task: ["Make a view of every other column (0, 2, …) without copying."],
        goal: [.values, .dtype, .strides, .isView],
        hints: [
          "Indexing takes a slice per axis, as numpy does: [rows, columns].",
          "All rows, every other column: [:, ::2].",
        ],
        solution: ["[:, ::2]"], wrongAttempt: ["copy", "[:, ::2]"])),

    Lesson(
      id: "views-and-copies", title: "Views and copies: when reshape must copy",
      setup: ["array [[1, 2, 3], [4, 5, 6]] as <i4", "T"],
      introduction: [
        "A transpose is a view: the same bytes with the strides swapped. Most reshapes are",
        "views too, but when no strides over the same bytes give the new shape, reshape",
        "copies, silently in numpy. info tells: a copy's source is not your bytes.",
      ],
      shows: [
        Lesson.Show(caption: "The transpose is Fortran-contiguous (see flags):", commands: ["info"]),
        Lesson.Show(
          caption: "Flattened in C order its values are not in memory order, so reshape copies:",
          commands: ["reshape 6", "show", "info", "undo"]),
        Lesson.Show(
          caption: "np.frombuffer makes a view too. It keeps a reference to the bytes object "
            + "(a.base),\nso returning it from a function is safe, whatever the tutorial says; "
            + "it is read-only,\nas bytes are immutable:",
          commands: ["bytes 01000000 02000000", "as <i4", "export numpy"]),
      ],
      exercise: Exercise(
        setup: ["array [[1, 2, 3], [4, 5, 6]] as <i4", "T"],
        task: [
          "Flatten the transpose to 6 values without a copy: read it in the order its bytes",
          "lie in memory.",
        ],
        goal: [.values, .dtype, .isView],
        hints: [
          "Its bytes lie in Fortran order (info: F_CONTIGUOUS); reshape can read in that order.",
          "reshape 6 F",
        ],
        solution: ["reshape 6 F"], wrongAttempt: ["reshape 6"])),
  ]
}
