"""The sandbox user's profile picture: a small round blue PNG, encoded with the standard library."""

from __future__ import annotations

import struct
import zlib


def round_png(size: int = 48, rgba: tuple[int, int, int, int] = (29, 155, 240, 255)) -> bytes:
    rows = []
    r = size / 2
    for y in range(size):
        row = bytearray(b"\x00")  # filter: none
        for x in range(size):
            inside = (x + 0.5 - r) ** 2 + (y + 0.5 - r) ** 2 <= r * r
            row += bytes(rgba) if inside else bytes((0, 0, 0, 0))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


AVATAR = round_png()
