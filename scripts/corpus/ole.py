"""A minimal OLE2 compound file (the container of .xls, .doc, .et and encrypted Office files), enough
for sniffing: a header, one FAT sector, one directory sector and the streams in 512-byte sectors.
"""

from __future__ import annotations

import struct

FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    head = encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
    return (
        head
        + struct.pack("<III", NO_STREAM, right, child)
        + bytes(16 + 4 + 16)
        + struct.pack("<IQ", start, size)
    )


def compound_file(streams: dict[str, bytes]) -> bytes:
    """Streams of at least 4096 bytes each (padded), so that no mini stream is needed; at most 3."""
    assert len(streams) <= 3
    data = [payload.ljust(max(4096, -(-len(payload) // 512) * 512), b"\x00") for payload in streams.values()]
    fat = [FAT_SECTOR, END]
    starts = []
    for payload in data:
        starts.append(len(fat))
        count = len(payload) // 512
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [END]
    assert len(fat) <= 128
    names = list(streams)
    entries = _entry("Root Entry", 5, 1, NO_STREAM, END, 0)
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else NO_STREAM
        entries += _entry(name, 2, NO_STREAM, right, starts[i], len(streams[name]))
    directory = entries.ljust(512, b"\x00")
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    header += bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", FREE) * 108
    fat_sector = struct.pack(f"<{len(fat)}I", *fat).ljust(512, b"\xff")
    return header + fat_sector + directory + b"".join(data)
