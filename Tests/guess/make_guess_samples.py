"""Writes the sample files that `guess` must read right: real-looking data of five kinds and
small files of well-known formats, made with numpy and Python's standard library.

    python3 Tests/guess/make_guess_samples.py DIR [--seed N] [--scale F]

The committed fixtures (Tests/ByteLensConsoleTests/Fixtures/guess/) are this script's output
with the defaults; Tests/numpy/guess_check.py runs it again with other seeds and sizes.
`CASES` says, for each data file, which reading is right.
"""
import argparse
import gzip
import io
import os
import sqlite3
import struct
import wave
import zipfile
import zlib

import numpy as np

# name -> (dtype str, offset, shape or None, what it is). For records, the dtype is the
# record size in bytes and the first field's format.
CASES = {
    "be-float32.bin": (">f4", 0, None, "big-endian float32 samples of a noisy chirp"),
    "pcm-int16.raw": ("<i2", 0, None, "int16 PCM audio, three tones under an envelope"),
    "image-u2-640.bin": ("<u2", 0, "rows of 640", "a uint16 image, 640 wide, 12-bit values"),
    "walk-f8.bin": ("<f8", 0, None, "little-endian float64 measurements, a random walk"),
    "walk-f8-header.bin": ("<f8", 100, None, "the same after a 100-byte text header"),
    "records-s8.bin": ("records 24", 0, "S8", "records: S8 name, <u4 id, <f8 value, <f4 temperature"),
    "complex-c8.bin": ("<c8", 0, None, "complex64 samples of a slowly turning phasor"),
    "records-cycle.bin": ("records 20", 0, "S8",
                          "records: S8 name cycling through 8 names, <f8 value, <i4 id"),
}

MAGIC = {
    "tiny.png": "png",
    "tone.wav": "wav",
    "notes.zip": "zip",
    "arrays.npz": "npz",
    "array.npy": "npy",
    "notes.gz": "gzip",
    "table.sqlite": "sqlite",
    "tiny.bmp": "bmp",
    "tiny-le.tif": "tiff",
    "tiny-be.tif": "tiff",
    "header.elf": "elf",
}


def pcm(rng, count):
    t = np.arange(count) / 16000.0
    envelope = 0.6 + 0.4 * np.sin(2 * np.pi * 1.3 * t + rng.uniform(0, 6))
    tones = sum(
        a * np.sin(2 * np.pi * f * t + rng.uniform(0, 6))
        for a, f in [(0.5, 220.0 * rng.uniform(0.9, 1.1)), (0.3, 330.0), (0.2, 523.25)])
    signal = 9000 * envelope * tones + rng.normal(0, 60, count)
    return np.clip(np.round(signal), -32768, 32767).astype("<i2")


def image(rng, rows, width=640):
    columns = np.convolve(rng.normal(0, 40, width + 40), np.ones(21) / 21, "same")[20:width + 20]
    columns = np.cumsum(columns)
    columns = (columns - columns.min()) / (np.ptp(columns) + 1e-9) * 2500
    row_drift = np.cumsum(rng.normal(0, 3, rows))
    y, x = np.mgrid[0:rows, 0:width]
    cy, cx = rng.uniform(0, rows), rng.uniform(0, width)
    blob = 900 * np.exp(-((x - cx) ** 2 + (y - cy) ** 2 * 16) / (2 * 60.0 ** 2))
    values = 600 + columns[None, :] + row_drift[:, None] + blob + rng.normal(0, 12, (rows, width))
    return np.clip(np.round(values), 0, 4095).astype("<u2")


def records(rng, count):
    names = [b"alpha", b"bravo", b"charlie", b"delta", b"echo", b"foxtrot", b"golf", b"hotel",
             b"india", b"juliet", b"kilo", b"lima"]
    dtype = np.dtype([("name", "S8"), ("id", "<u4"), ("value", "<f8"), ("temp", "<f4")])
    data = np.zeros(count, dtype)
    data["name"] = [names[i] for i in rng.integers(0, len(names), count)]
    data["id"] = np.arange(count) + rng.integers(0, 1000)
    data["value"] = rng.normal(50, 12, count)
    data["temp"] = 20 + np.cumsum(rng.normal(0, 0.1, count))
    return data


def write_data(folder, rng, scale):
    def n(base):
        return max(64, int(base * scale))

    t = np.arange(n(8192))
    chirp = 3.5 * np.sin(2 * np.pi * (0.002 + 0.00002 * t) * t) + rng.normal(0, 0.05, t.size)
    files = {
        "be-float32.bin": (chirp + 1.25).astype(">f4").tobytes(),
        "pcm-int16.raw": pcm(rng, n(16000)).tobytes(),
        "image-u2-640.bin": image(rng, max(8, int(48 * scale))).tobytes(),
    }
    walk = 100 + np.cumsum(rng.normal(0, 0.5, n(4096)))
    files["walk-f8.bin"] = walk.astype("<f8").tobytes()
    header = b"MEASUREMENTS v2\nunits: volts\nrate: 10 Hz\nchannels: 1\n"
    files["walk-f8-header.bin"] = header.ljust(100, b" ") + walk[: n(2048)].astype("<f8").tobytes()
    files["records-s8.bin"] = records(rng, n(1500)).tobytes()
    # Its own generator, so the files above stay the same as before it was added.
    turning = np.random.default_rng([rng.bit_generator.seed_seq.entropy, 1])
    t = np.arange(n(4096))
    phasor = 2.0 * np.exp(2j * np.pi * turning.uniform(0.005, 0.02) * t) * (1 + 0.3 * np.sin(t / 300))
    noise = turning.normal(0, 0.02, (2, t.size))
    files["complex-c8.bin"] = (phasor + noise[0] + 1j * noise[1]).astype("<c8").tobytes()
    # The names repeat every 8 records: the bytes match best 160 apart, the records are 20.
    cycling = np.random.default_rng([rng.bit_generator.seed_seq.entropy, 2])
    count = n(500)
    names = [b"alpha", b"beta", b"gamma", b"delta", b"eps", b"zeta", b"eta", b"theta"]
    table = np.zeros(count, [("name", "S8"), ("value", "<f8"), ("id", "<i4")])
    table["name"] = [names[i % 8] for i in range(count)]
    table["value"] = np.cumsum(cycling.standard_normal(count))
    table["id"] = np.arange(count)
    files["records-cycle.bin"] = table.tobytes()
    for name, data in files.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)


def write_magic(folder, rng):
    def save(name, data):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)

    # PNG: an 8x8 grey ramp.
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(range(y * 8, y * 8 + 8)) for y in range(8))
    save("tiny.png", b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0))
         + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    # WAV: 16-bit mono PCM at 16 kHz.
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(pcm(rng, 4000).tobytes())
    save("tone.wav", buffer.getvalue())
    # ZIP with a fixed date, so the file is the same every run.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(zipfile.ZipInfo("notes.txt", (2020, 1, 1, 0, 0, 0)), b"what is this file?\n" * 8)
    save("notes.zip", buffer.getvalue())
    buffer = io.BytesIO()
    np.savez(buffer, x=np.arange(6, dtype="<i4"), y=np.linspace(0, 1, 5))
    save("arrays.npz", buffer.getvalue())
    buffer = io.BytesIO()
    np.save(buffer, np.arange(12, dtype="<f4").reshape(3, 4))
    save("array.npy", buffer.getvalue())
    save("notes.gz", gzip.compress(b"what is this file?\n" * 8, mtime=0))
    path = os.path.join(folder, "table.sqlite")
    if os.path.exists(path):
        os.remove(path)
    connection = sqlite3.connect(path)
    connection.execute("create table t (name text, value real)")
    connection.execute("insert into t values ('a', 1.5)")
    connection.commit()
    connection.close()
    # BMP: 4x2 pixels, 24-bit, rows padded to 4 bytes (12 bytes a row: none needed).
    pixels = bytes(range(24))
    info = struct.pack("<IiiHHIIiiII", 40, 4, 2, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    save("tiny.bmp", b"BM" + struct.pack("<IHHI", 14 + 40 + len(pixels), 0, 0, 54) + info + pixels)
    # TIFF: the byte-order mark, the first IFD's offset and an IFD with no entries.
    save("tiny-le.tif", b"II" + struct.pack("<HI", 42, 8) + struct.pack("<HI", 0, 0))
    save("tiny-be.tif", b"MM" + struct.pack(">HI", 42, 8) + struct.pack(">HI", 0, 0))
    # ELF: a 64-bit little-endian header of an x86-64 executable, no sections.
    identity = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
    save("header.elf", identity + struct.pack(
        "<HHIQQQIHHHHHH", 2, 0x3E, 1, 0x401000, 64, 0, 0, 64, 56, 0, 64, 0, 0))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--scale", type=float, default=1.0)
    arguments = parser.parse_args()
    os.makedirs(arguments.folder, exist_ok=True)
    rng = np.random.default_rng(arguments.seed)
    write_data(arguments.folder, rng, arguments.scale)
    write_magic(arguments.folder, rng)


if __name__ == "__main__":
    main()
