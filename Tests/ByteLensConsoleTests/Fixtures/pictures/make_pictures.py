"""Writes the files the picture transcripts (plot.bl, image.bl, bytemap.bl) read, with numpy
and a fixed seed, so that their expected outputs can be checked against numpy:

    python3 Tests/ByteLensConsoleTests/Fixtures/pictures/make_pictures.py

- wave.bin: 1000 big-endian float32, a sine with a spike of 5 at index 500, nan at 100 and
  inf at 501.
- ramp.bin: a 48 x 100 uint8 image, value (2 * row + col) % 256 (its blocks of 3 x 3 average
  to whole numbers or thirds).
- layout.bin: 4096 bytes: 256 of text, 512 zeros, 1024 of little-endian int32 0..255, 2048
  random bytes, 256 of float64 noise.
"""
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    x = np.sin(np.linspace(0, 2 * np.pi, 1000))
    x[100] = np.nan
    x[500] = 5
    x[501] = np.inf
    x.astype(">f4").tofile(os.path.join(HERE, "wave.bin"))

    rows, cols = np.indices((48, 100))
    ((2 * rows + cols) % 256).astype("u1").tofile(os.path.join(HERE, "ramp.bin"))

    rng = np.random.default_rng(11)
    text = (b"# layout.bin: a text header, then zeros, integers, random bytes\n" * 5)[:256]
    parts = [
        text,
        bytes(512),
        np.arange(256, dtype="<i4").tobytes(),
        rng.integers(0, 256, 2048, dtype="u1").tobytes(),
        rng.normal(size=32).astype("<f8").tobytes(),
    ]
    data = b"".join(parts)
    assert len(data) == 4096
    with open(os.path.join(HERE, "layout.bin"), "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
