"""Writes the sample files the tour (samples/tour.bl) and the README use.

Only the standard library is needed, so the samples can be rebuilt anywhere:
    python3 samples/make_samples.py
Each file is small and its bytes are explained in the tour.
"""
import io
import math
import os
import struct
import wave

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# np.array([1, 2, 3, 4, 5], dtype=np.int32).tobytes(): 20 bytes, little-endian.
write("int32-1to5.bin", struct.pack("<5i", 1, 2, 3, 4, 5))

# A 2×3 float32 matrix [[1.5, 2, 3], [4, 5, 6.25]] in C order: 24 bytes, no shape stored.
write("matrix-2x3-f4.bin", struct.pack("<6f", 1.5, 2, 3, 4, 5, 6.25))

# [[1, 2, 3], [4, 5, 6]] as int64 (numpy's default integer on 64-bit Linux), written in C order
# (tobytes() or tobytes('C')) and in Fortran order (tobytes('F')).
write("grid-c-order.bin", struct.pack("<6q", 1, 2, 3, 4, 5, 6))
write("grid-f-order.bin", struct.pack("<6q", 1, 4, 2, 5, 3, 6))

# Structured records [('id', '<i4'), ('value', '<f8'), ('flag', '?')]: packed, 13 bytes each.
records = [(1, 0.5, True), (2, -1.25, False), (3, math.pi, True)]
write("records.bin", b"".join(struct.pack("<id?", *r) for r in records))

# The same records with align=True: 4 bytes of padding after id, 7 after flag; 24 bytes each.
write("records-aligned.bin",
      b"".join(struct.pack("<i4xd?7x", *r) for r in records))

# The tutorial's length-prefixed format: u32 dtype-string length, the dtype string, u32 ndim,
# u32 per dimension (native order, as struct.pack('I', ...) writes), then the raw data.
dtype = b"<f4"
shape = (2, 3)
header = struct.pack("I", len(dtype)) + dtype + struct.pack("I", len(shape))
header += b"".join(struct.pack("I", d) for d in shape)
write("matrix-with-header.bin", header + struct.pack("<6f", 1.5, 2, 3, 4, 5, 6.25))

# Big-endian sensor readings (>f8), as a file from another machine might hold them.
write("sensor-big-endian.bin", struct.pack(">4d", 20.5, 21.0, -3.75, 1e-3))

# A WAV file as Python's wave module writes it: a 44-byte RIFF header, then 16-bit PCM samples,
# little-endian, mono at 8000 Hz: a 440 Hz tone that fades out, 1200 samples. `guess` reads
# the header; `find`, `stats` and `plot` show the samples.
import io
import wave

samples = [round(12000 * math.exp(-i / 400) * math.sin(2 * math.pi * 440 * i / 8000))
           for i in range(1200)]
buffer = io.BytesIO()
with wave.open(buffer, "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(8000)
    w.writeframes(struct.pack("<%dh" % len(samples), *samples))
write("tone.wav", buffer.getvalue())
