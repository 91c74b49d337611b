import ByteLensEngine

/// The words of `guess`: formats, evidence and candidates as a user reads them.
enum GuessWords {
  /// `0.97`: a score with two decimals.
  static func score(_ value: Double) -> String {
    let hundredths = Int((min(1, max(0, value)) * 100).rounded())
    let digits = String(hundredths % 100)
    return "\(hundredths / 100).\(digits.count == 1 ? "0" + digits : digits)"
  }

  /// `98%`, rounded down below 100 so that 99.6% never reads as all.
  static func percent(_ fraction: Double) -> String {
    let value = min(1, max(0, fraction)) * 100
    return "\(value >= 100 ? 100 : Int(value.rounded(.down)))%"
  }

  /// One decimal: `0.4`, `12.0`.
  static func oneDecimal(_ value: Double) -> String {
    guard value.isFinite else { return String(describing: value) }
    let tenths = Int((value * 10).rounded())
    return "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  static func reason(_ evidence: GuessEvidence) -> String {
    switch evidence {
    case .finiteNormal(let fraction): return "\(percent(fraction)) finite and normal"
    case .exponentSpread(let spread):
      return spread <= 3
        ? "exponent range narrow (spread \(oneDecimal(spread)))"
        : "exponents spread wide (\(oneDecimal(spread)))"
    case .extremeMagnitude(let exponent): return "values near 2^\(exponent)"
    case .smoothness(let value):
      return value >= 0.5
        ? "smooth neighbours (\(score(value)))" : "neighbours unalike (\(score(value)))"
    case .interleaved(let pairs, let neighbours):
      return "two parts alternate: smooth two apart (\(score(pairs))), not one apart "
        + "(\(score(neighbours)))"
    case .bitsUsed(let used, let bits): return "values need \(used) of \(bits) bits"
    case .farFromZero(let ratio):
      return "values far from zero (\(Int(min(ratio, 1e9).rounded()))× their spread)"
    case .topBitNeverSet: return "no value has its top bit set"
    case .constantBytes(let byte): return "every byte is 0x\(Hex.byte(byte))"
    case .rowPeriod(let width, let similarity):
      return "rows of \(width) (\(percent(similarity)) alike)"
    case .recordPeriod(let size, let matching):
      return "bytes repeat every \(size) (\(percent(matching)) equal)"
    case .recordFields(let text, let numeric):
      return
        "\(text) text field\(text == 1 ? "" : "s"), \(numeric) number\(numeric == 1 ? "" : "s")"
    case .printable(let fraction): return "\(percent(fraction)) printable"
    case .fixedLines(let length): return "lines of \(length) bytes"
    case .headerSkipped(let bytes): return "skips the first \(bytes) bytes"
    case .fromHeader(let format): return "read from the \(name(of: format)) header"
    }
  }

  /// The reasons of a candidate on one line: the first four.
  static func reason(_ candidate: GuessCandidate) -> String {
    candidate.evidence.prefix(4).map(reason).joined(separator: ", ")
  }

  static func name(of format: KnownFormat) -> String {
    switch format {
    case .png: "PNG"
    case .gif: "GIF"
    case .jpeg: "JPEG"
    case .bmp: "BMP"
    case .tiff: "TIFF"
    case .wav: "WAV"
    case .riff: "RIFF"
    case .elf: "ELF"
    case .machO: "Mach-O"
    case .zip: "ZIP"
    case .npz: ".npz"
    case .npy: ".npy"
    case .gzip: "gzip"
    case .bzip2: "bzip2"
    case .xz: "xz"
    case .zstd: "Zstandard"
    case .sevenZip: "7z"
    case .sqlite: "SQLite"
    case .pdf: "PDF"
    case .hdf5: "HDF5"
    case .fits: "FITS"
    case .flac: "FLAC"
    case .ogg: "Ogg"
    }
  }

  static func kind(of format: KnownFormat) -> String {
    switch format {
    case .png, .gif, .jpeg, .bmp, .tiff: "image"
    case .wav, .flac, .ogg: "audio"
    case .riff: "container"
    case .elf, .machO: "executable"
    case .zip, .sevenZip: "archive"
    case .npz: "numpy archive"
    case .npy: "numpy array file"
    case .gzip, .bzip2, .xz, .zstd: "compressed data"
    case .sqlite: "database"
    case .pdf: "document"
    case .hdf5, .fits: "scientific data file"
    }
  }

  static func detail(_ detail: MagicMatch.Detail) -> String {
    switch detail {
    case .imageSize(let width, let height): return "\(width)×\(height)"
    case .bitsPerPixel(let bits): return "\(bits) bits per pixel"
    case .channels(let count): return "\(count) channel\(count == 1 ? "" : "s")"
    case .sampleRate(let rate): return "\(rate) Hz"
    case .sampleFormat(let bits, let isFloat): return "\(bits)-bit \(isFloat ? "float" : "PCM")"
    case .data(let offset, let bytes):
      return "data at byte \(offset)" + (bytes > 0 ? " (\(bytes) bytes)" : "")
    case .wordBits(let bits): return "\(bits)-bit"
    case .littleEndian(let little): return little ? "little-endian" : "big-endian"
    case .firstMember(let name): return "first member \(PythonRepr.string(name))"
    case .pageSize(let size): return "page size \(size)"
    case .version(let version): return "version \(PythonRepr.string(version))"
    case .array(let dtype, let shape, let fortran):
      return "dtype \(PythonRepr.string(dtype)), shape \(PythonRepr.tuple(shape))"
        + (fortran ? ", Fortran order" : "")
    }
  }

  /// `a WAV audio file: 1 channel, 16000 Hz, 16-bit PCM, data at byte 44 (8000 bytes)`.
  static func describe(_ magic: MagicMatch) -> String {
    var text = "\(name(of: magic.format)) \(kind(of: magic.format))"
    if !magic.details.isEmpty { text += ": " + magic.details.map(detail).joined(separator: ", ") }
    return text
  }

  /// What the user can do with a recognised format beyond the candidates.
  static func advice(_ magic: MagicMatch, path: String) -> String? {
    switch magic.format {
    case .npy: "'load \(path)' reads it with its header"
    case .npz: "'load \(path)' lists its arrays"
    default: nil
    }
  }

  /// `little`, `big`, or `none` (single bytes, text): the byte order of the numbers.
  static func order(_ spelling: String) -> String {
    spelling.contains(">") ? "big" : spelling.contains("<") ? "little" : "none"
  }

  static func kind(_ kind: GuessCandidate.Kind) -> String {
    switch kind {
    case .values: "values"
    case .rows: "rows"
    case .records: "records"
    case .text: "text"
    case .format: "format"
    }
  }
}
