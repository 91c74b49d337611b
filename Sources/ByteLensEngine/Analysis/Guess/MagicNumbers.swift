/// File formats recognised by the magic number at their start.
public enum KnownFormat: String, Sendable, CaseIterable, Equatable {
  case png, gif, jpeg, bmp, tiff, wav, riff, elf, machO, zip, npz, npy, gzip, bzip2, xz, zstd
  case sevenZip, sqlite, pdf, hdf5, fits, flac, ogg
}

/// A format recognised at the start of some bytes, with what its header says.
public struct MagicMatch: Sendable, Equatable {
  /// A fact read from the header.
  public enum Detail: Sendable, Equatable {
    case imageSize(width: Int, height: Int)
    case bitsPerPixel(Int)
    case channels(Int)
    case sampleRate(Int)
    /// Bits per sample and whether the samples are floats.
    case sampleFormat(bits: Int, isFloat: Bool)
    /// Where the data of the format starts and how many bytes it holds.
    case data(offset: Int, bytes: Int)
    /// ELF's and Mach-O's word size.
    case wordBits(Int)
    case littleEndian(Bool)
    /// The first member of an archive.
    case firstMember(String)
    case pageSize(Int)
    case version(String)
    /// A .npy header's dtype and shape.
    case array(dtype: String, shape: [Int], fortranOrder: Bool)
  }

  public var format: KnownFormat
  public var details: [Detail]
  /// A reading of the format's data that its header describes, when there is one.
  public var reading: Reading?

  /// `frombuffer(source, dtype, count, offset).reshape(shape)`.
  public struct Reading: Sendable, Equatable {
    public var dtype: DType
    public var offset: Int
    public var count: Int
    public var shape: [Int]
  }
}

/// Recognises well-known formats by their first bytes.
public enum MagicNumbers {
  /// How many bytes `recognise` wants to see.
  public static let prefixLength = 4096

  /// The format that `prefix` (the first bytes of the range, at most `prefixLength`) starts
  /// with, if any. `start` is the prefix's offset in the source and `total` the range's size,
  /// for the offsets of data the header describes.
  public static func recognise(_ prefix: [UInt8], start: Int, total: Int) -> MagicMatch? {
    let p = HeaderBytes(prefix)
    func match(_ format: KnownFormat, _ details: [MagicMatch.Detail] = []) -> MagicMatch {
      MagicMatch(format: format, details: details, reading: nil)
    }
    if p.starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
      var details: [MagicMatch.Detail] = []
      if let width = p.u32(16, big: true), let height = p.u32(20, big: true),
        p.text(12, 4) == "IHDR"
      {
        details.append(.imageSize(width: Int(width), height: Int(height)))
        // Byte 24 is the bits per channel; byte 25 the colour type, which gives the channels.
        let channels: [UInt8: Int] = [0: 1, 2: 3, 3: 1, 4: 2, 6: 4]
        if let depth = p.u8(24), let type = p.u8(25), let count = channels[type] {
          details.append(.bitsPerPixel(Int(depth) * count))
        }
      }
      return match(.png, details)
    }
    if p.text(0, 6) == "GIF87a" || p.text(0, 6) == "GIF89a" {
      var details: [MagicMatch.Detail] = [.version(p.text(3, 3) ?? "")]
      if let width = p.u16(6, big: false), let height = p.u16(8, big: false) {
        details.append(.imageSize(width: Int(width), height: Int(height)))
      }
      return match(.gif, details)
    }
    if p.starts([0xFF, 0xD8, 0xFF]) { return match(.jpeg) }
    if p.text(0, 4) == "RIFF" {
      if p.text(8, 4) == "WAVE" { return wave(p, start: start, total: total) }
      return match(.riff, p.text(8, 4).map { [.version($0)] } ?? [])
    }
    if p.text(0, 2) == "BM", let dataOffset = p.u32(10, big: false), p.u32(14, big: false) != nil {
      return bitmap(p, dataOffset: Int(dataOffset), start: start, total: total)
    }
    if p.starts([0x49, 0x49, 0x2A, 0x00]) { return match(.tiff, [.littleEndian(true)]) }
    if p.starts([0x4D, 0x4D, 0x00, 0x2A]) { return match(.tiff, [.littleEndian(false)]) }
    if p.starts([0x49, 0x49, 0x2B, 0x00]) {
      return match(.tiff, [.littleEndian(true), .version("BigTIFF")])
    }
    if p.starts([0x4D, 0x4D, 0x00, 0x2B]) {
      return match(.tiff, [.littleEndian(false), .version("BigTIFF")])
    }
    if p.starts([0x7F, 0x45, 0x4C, 0x46]) {
      var details: [MagicMatch.Detail] = []
      if let word = p.u8(4), word == 1 || word == 2 {
        details.append(.wordBits(word == 1 ? 32 : 64))
      }
      if let order = p.u8(5), order == 1 || order == 2 { details.append(.littleEndian(order == 1)) }
      return match(.elf, details)
    }
    for (magic, bits, little) in [
      ([0xFE, 0xED, 0xFA, 0xCE] as [UInt8], 32, false), ([0xFE, 0xED, 0xFA, 0xCF], 64, false),
      ([0xCE, 0xFA, 0xED, 0xFE], 32, true), ([0xCF, 0xFA, 0xED, 0xFE], 64, true),
    ] where p.starts(magic) {
      return match(.machO, [.wordBits(bits), .littleEndian(little)])
    }
    if p.starts([0x50, 0x4B, 0x03, 0x04]) {
      guard let length = p.u16(26, big: false), let name = p.text(30, Int(length)) else {
        return match(.zip)
      }
      return match(name.hasSuffix(".npy") ? .npz : .zip, [.firstMember(name)])
    }
    if p.starts([0x50, 0x4B, 0x05, 0x06]) { return match(.zip) }  // an empty archive
    if p.starts(NPYHeader.magic) { return array(p, start: start) }
    if p.starts([0x1F, 0x8B]) { return match(.gzip) }
    if p.text(0, 3) == "BZh" { return match(.bzip2) }
    if p.starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return match(.xz) }
    if p.starts([0x28, 0xB5, 0x2F, 0xFD]) { return match(.zstd) }
    if p.starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return match(.sevenZip) }
    if p.text(0, 16) == "SQLite format 3\u{0}" {
      guard let size = p.u16(16, big: true) else { return match(.sqlite) }
      return match(.sqlite, [.pageSize(size == 1 ? 65536 : Int(size))])
    }
    if p.text(0, 5) == "%PDF-" { return match(.pdf, p.text(5, 3).map { [.version($0)] } ?? []) }
    if p.starts([0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]) { return match(.hdf5) }
    if p.text(0, 9) == "SIMPLE  =" { return match(.fits) }
    if p.text(0, 4) == "fLaC" { return match(.flac) }
    if p.text(0, 4) == "OggS" { return match(.ogg) }
    return nil
  }

  /// A WAV file: its `fmt ` chunk and where its `data` chunk lies.
  private static func wave(_ p: HeaderBytes, start: Int, total: Int) -> MagicMatch {
    var result = MagicMatch(format: .wav, details: [], reading: nil)
    var position = 12
    var sample: (bits: Int, isFloat: Bool, channels: Int)? = nil
    for _ in 0..<64 {
      guard let id = p.text(position, 4), let size = p.u32(position + 4, big: false) else { break }
      let body = position + 8
      if id == "fmt ", let tag = p.u16(body, big: false),
        let channels = p.u16(body + 2, big: false),
        let rate = p.u32(body + 4, big: false), let bits = p.u16(body + 14, big: false)
      {
        // WAVE_FORMAT_EXTENSIBLE names the real format in its sub-format's first two bytes.
        let format = tag == 0xFFFE ? (p.u16(body + 24, big: false) ?? tag) : tag
        let isFloat = format == 3
        result.details += [
          .channels(Int(channels)), .sampleRate(Int(rate)),
          .sampleFormat(bits: Int(bits), isFloat: isFloat),
        ]
        if format == 1 || isFloat { sample = (Int(bits), isFloat, Int(channels)) }
      }
      if id == "data" {
        let available = max(0, total - body)
        let bytes = min(Int(size), available)
        result.details.append(.data(offset: start + body, bytes: bytes))
        if let sample, sample.channels > 0,
          let dtype = sampleDType(bits: sample.bits, isFloat: sample.isFloat)
        {
          let frameBytes = dtype.itemsize * sample.channels
          let frames = bytes / frameBytes
          let shape = sample.channels == 1 ? [frames] : [frames, sample.channels]
          result.reading = MagicMatch.Reading(
            dtype: dtype, offset: start + body, count: frames * sample.channels, shape: shape)
        }
        break
      }
      // Chunks are padded to an even size.
      let (next, overflow) = body.addingReportingOverflow(Int(size) + Int(size & 1))
      guard !overflow else { break }
      position = next
    }
    return result
  }

  private static func sampleDType(bits: Int, isFloat: Bool) -> DType? {
    let spelling: String
    switch (bits, isFloat) {
    case (8, false): spelling = "u1"
    case (16, false): spelling = "<i2"
    case (32, false): spelling = "<i4"
    case (32, true): spelling = "<f4"
    case (64, true): spelling = "<f8"
    default: return nil
    }
    return try? DType.parse(spelling)
  }

  /// A BMP file: its size and, for uncompressed 8-, 24- and 32-bit pixels, the rows.
  private static func bitmap(_ p: HeaderBytes, dataOffset: Int, start: Int, total: Int)
    -> MagicMatch
  {
    var result = MagicMatch(format: .bmp, details: [], reading: nil)
    guard let width = p.i32(18), let height = p.i32(22), let bits = p.u16(28, big: false),
      let compression = p.u32(30, big: false)
    else { return result }
    result.details = [
      .imageSize(width: Int(width), height: Int(abs(Int(height)))), .bitsPerPixel(Int(bits)),
    ]
    let rows = abs(Int(height))
    guard compression == 0, [8, 24, 32].contains(bits), width > 0, rows > 0, width < 1 << 20,
      rows < 1 << 20
    else { return result }
    let rowBytes = (Int(width) * Int(bits) + 31) / 32 * 4
    guard rowBytes * rows <= total - dataOffset, let u1 = try? DType.parse("u1") else {
      return result
    }
    result.details.append(.data(offset: start + dataOffset, bytes: rowBytes * rows))
    let pixelBytes = Int(bits) / 8
    let shape =
      rowBytes == Int(width) * pixelBytes && pixelBytes > 1
      ? [rows, Int(width), pixelBytes] : [rows, rowBytes]
    result.reading = MagicMatch.Reading(
      dtype: u1, offset: start + dataOffset, count: rowBytes * rows, shape: shape)
    return result
  }

  /// A .npy file: its header's dtype and shape, and where its data starts.
  private static func array(_ p: HeaderBytes, start: Int) -> MagicMatch {
    var result = MagicMatch(format: .npy, details: [], reading: nil)
    guard let major = p.u8(6) else { return result }
    let lengthBytes = major == 1 ? 2 : 4
    let length: Int? =
      major == 1 ? p.u16(8, big: false).map(Int.init) : p.u32(8, big: false).map(Int.init)
    guard let length, let text = p.text(8 + lengthBytes, length),
      let header = try? NPYHeader.parse(text)
    else { return result }
    let dataOffset = start + 8 + lengthBytes + length
    var count = 1
    for extent in header.shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: extent)
      guard !overflow else { return result }
      count = product
    }
    let (bytes, overflow) = count.multipliedReportingOverflow(by: header.dtype.itemsize)
    guard !overflow else { return result }
    result.details = [
      .array(dtype: header.dtype.str, shape: header.shape, fortranOrder: header.fortranOrder),
      .data(offset: dataOffset, bytes: bytes),
    ]
    // A reading the console can spell back: a plain dtype, in C order.
    if !header.fortranOrder || header.shape.count <= 1, !header.dtype.isStructured,
      header.dtype.subarray == nil, header.dtype.itemsize > 0
    {
      result.reading = MagicMatch.Reading(
        dtype: header.dtype, offset: dataOffset, count: count, shape: header.shape)
    }
    return result
  }
}

/// Bounds-checked reads from the first bytes of a file.
private struct HeaderBytes {
  let bytes: [UInt8]

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  func starts(_ magic: [UInt8]) -> Bool {
    bytes.count >= magic.count && bytes[..<magic.count].elementsEqual(magic)
  }

  func u8(_ at: Int) -> UInt8? { at >= 0 && at < bytes.count ? bytes[at] : nil }

  func u16(_ at: Int, big: Bool) -> UInt16? {
    guard at >= 0, at <= bytes.count - 2 else { return nil }
    let (a, b) = (UInt16(bytes[at]), UInt16(bytes[at + 1]))
    return big ? a << 8 | b : b << 8 | a
  }

  func u32(_ at: Int, big: Bool) -> UInt32? {
    guard at >= 0, at <= bytes.count - 4 else { return nil }
    var value: UInt32 = 0
    for index in 0..<4 {
      let byte = UInt32(bytes[big ? at + index : at + 3 - index])
      value = value << 8 | byte
    }
    return value
  }

  func i32(_ at: Int) -> Int32? { u32(at, big: false).map { Int32(bitPattern: $0) } }

  /// `count` bytes as ASCII, or nil when they run past the end or are not ASCII.
  func text(_ at: Int, _ count: Int) -> String? {
    guard at >= 0, count >= 0, count <= bytes.count - at else { return nil }
    let slice = bytes[at..<at + count]
    guard slice.allSatisfy({ $0 < 0x80 }) else { return nil }
    return String(decoding: slice, as: UTF8.self)
  }
}
