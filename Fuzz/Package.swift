// swift-tools-version:6.0
// Fuzz targets for libFuzzer, built apart from the main package because every module must be
// compiled with the fuzzer's instrumentation. `make fuzz` (in the folder above) builds them
// and runs each for a time budget from its corpus in `Corpus/NAME`:
//
//   swift build -c release --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   .build-fuzz/release/fuzz-dtype Corpus/dtype -max_total_time=120
import PackageDescription

let targets = ["language", "dtype", "npy-header", "dumps", "npz", "session"]

let package = Package(
  name: "bytelens-fuzz",
  dependencies: [.package(name: "bytelens", path: "..")],
  targets: [.target(name: "FuzzDriver", path: "Sources/driver")]
    + targets.map { name in
      .executableTarget(
        name: "fuzz-\(name)",
        dependencies: [
          "FuzzDriver",
          .product(name: "ByteLensEngine", package: "bytelens"),
          .product(name: "ByteLensConsole", package: "bytelens"),
        ],
        path: "Sources/\(name)")
    }
)
