// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "bytelens",
  products: [
    .library(name: "ByteLensEngine", targets: ["ByteLensEngine"]),
    .library(name: "ByteLensConsole", targets: ["ByteLensConsole"]),
    .executable(name: "bytelens", targets: ["bytelens-cli"]),
  ],
  targets: [
    // The engine: dtypes, byte sources, views, decoding, NumPy-exact printing, renderers,
    // file formats. No terminal, no Foundation, no words of the command language.
    .target(name: "ByteLensEngine"),
    // The console: the command language and the session. Produces styled text and the words
    // of every error; never touches a terminal.
    .target(name: "ByteLensConsole", dependencies: ["ByteLensEngine"]),
    // libedit, through static inline shims (its variadic API cannot be called from Swift).
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
    ),
    // The app: flags, terminal detection, line editing, batch runs.
    .executableTarget(
      name: "bytelens-cli",
      dependencies: [
        "ByteLensConsole",
        "ByteLensEngine",
        "CEditLine",
      ],
      // The Swift runtime linked into the executable: a dynamically linked one costs some
      // milliseconds of symbol binding at every launch, more than a small dump takes. (A root
      // package may use unsafe flags; the libraries above carry none, so they stay usable as
      // dependencies.)
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux]))]
    ),
    // Helpers the test targets share: a seeded generator, file writing.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "ByteLensEngineTests", dependencies: ["ByteLensEngine", "TestSupport"]),
    .testTarget(
      name: "ByteLensConsoleTests",
      dependencies: ["ByteLensConsole", "ByteLensEngine", "TestSupport"],
      resources: [.copy("Transcripts"), .copy("Fixtures")]
    ),
    // The built executable run as a process (`swift build` first): exit statuses, streams,
    // colour, scripts.
    .testTarget(name: "ByteLensEndToEndTests"),
  ]
)
