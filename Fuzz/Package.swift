// swift-tools-version:6.0
// Fuzz targets for libFuzzer, built apart from the main package because every module must be
// compiled with the fuzzer's instrumentation. `make fuzz` (in the folder above) builds them
// and runs each for a time budget from its corpus in `Corpus/NAME`:
//
//   swift build -c release --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   .build-fuzz/release/fuzz-dtype Corpus/dtype -max_total_time=120
import Foundation
import PackageDescription

// A path dependency is known by its folder's name, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent.lowercased()
let targets = ["language", "dtype", "npy-header", "dumps", "npz", "session"]

let package = Package(
  name: "bytelens-fuzz",
  dependencies: [.package(path: "..")],
  targets: targets.map { name in
    .executableTarget(
      name: "fuzz-\(name)",
      dependencies: [
        .product(name: "ByteLensEngine", package: root),
        .product(name: "ByteLensConsole", package: root),
      ],
      path: "Sources/\(name)")
  }
)
