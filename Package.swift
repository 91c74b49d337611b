// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "bytelens",
  products: [
    .library(name: "ByteLensEngine", targets: ["ByteLensEngine"]),
    .library(name: "ByteLensConsole", targets: ["ByteLensConsole"]),
    .executable(name: "bytelens", targets: ["bytelens-cli"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // Layer 3: dtypes, byte sources, views, decoding, NumPy-exact printing. No terminal.
    .target(name: "ByteLensEngine"),
    // Layer 2: the command language and the session. Produces text; never touches a terminal.
    .target(name: "ByteLensConsole", dependencies: ["ByteLensEngine"]),
    // Layer 4: libedit, through static inline shims (its variadic API cannot be called from Swift).
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
    ),
    // Layer 1: flags, terminal detection, line editing, batch runs.
    .executableTarget(
      name: "bytelens-cli",
      dependencies: [
        "ByteLensConsole",
        "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Helpers both test targets share: a seeded generator, file writing.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "ByteLensEngineTests", dependencies: ["ByteLensEngine", "TestSupport"]),
    .testTarget(
      name: "ByteLensConsoleTests",
      dependencies: ["ByteLensConsole", "TestSupport"],
      resources: [.copy("Transcripts"), .copy("Fixtures")]
    ),
  ]
)
