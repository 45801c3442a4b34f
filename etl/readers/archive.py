"""Zip containers (XLSX, ODS, DOCX) opened only after their members are known to be what they claim.

A zip says how big each member is (`ZipInfo.file_size`), and a zip bomb lies or is honest about a
gigabyte. So before any parser sees a member: the number of members, the declared sizes (together) and
the compression ratio of big members are checked, and `verified_chunks` inflates a member in bounded
chunks — Python's zipfile never returns more than the declared size and checks the CRC at the end, so a
member that inflates past its declared size fails there. A library that re-reads the zip afterwards
(calamine) then reads bytes that were measured.

An XML member that declares a DTD (`<!DOCTYPE`, `<!ENTITY`) is refused, wherever in the member it is:
OOXML and ODF never need one, and it is how entity-expansion bombs start. A DTD pushed past the first
megabytes by padding would otherwise reach calamine, which says only "Cannot detect file format".
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator

from etl.core.errors import ReadError
from etl.readers.limits import RATIO_EXEMPT_BYTES, ReaderLimits, refuse

CHUNK_BYTES = 4 * 1024 * 1024
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)")
_DTD_OVERLAP = len(b"<!DOCTYPE") - 1  # a declaration cut by a chunk boundary is still seen
XML_SUFFIXES = (".xml", ".rels")
_CENTRAL_DIRECTORY = b"PK\x01\x02"
_DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
           NotImplementedError, RuntimeError, KeyError)  # fmt: skip


def open_zip(payload: bytes, limits: ReaderLimits, kind: str) -> zipfile.ZipFile:
    """The payload as a zip whose member count, declared sizes and ratios are within the limits."""
    # Every member has a central-directory entry: counting the signature bounds the members before
    # zipfile builds one object per entry (a 50 MB zip can declare a million of them).
    if payload.count(_CENTRAL_DIRECTORY) > limits.max_zip_members:
        raise refuse("max_zip_members", limits.max_zip_members, f"the {kind} holds too many zip members")
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
        members = archive.infolist()
    except _DAMAGE as exc:
        raise ReadError(f"not a readable {kind}: a damaged or truncated zip ({exc})") from None
    names = [m.filename for m in members]
    if len(set(names)) != len(names):
        raise ReadError(f"not a readable {kind}: the zip holds two members with the same name")
    if sum(m.file_size for m in members) > limits.max_unzipped_bytes:
        total = sum(m.file_size for m in members)
        raise refuse(
            "max_unzipped_bytes", limits.max_unzipped_bytes, f"the {kind} inflates to {total:,} bytes"
        )
    for member in members:
        ratio = member.file_size / max(1, member.compress_size)
        if member.file_size > RATIO_EXEMPT_BYTES and ratio > limits.max_zip_ratio:
            raise refuse(
                "max_zip_ratio", limits.max_zip_ratio,
                f"zip member {member.filename!r} inflates {ratio:,.0f} times ({member.file_size:,} bytes)",
            )  # fmt: skip
    return archive


def verified_chunks(archive: zipfile.ZipFile, name: str, kind: str) -> Iterator[bytes]:
    """A member inflated in bounded chunks; a damaged member (bad CRC, cut short), or an XML member that
    declares a DTD, is a ReadError."""
    xml, tail = name.lower().endswith(XML_SUFFIXES), b""
    try:
        with archive.open(name) as stream:
            while chunk := stream.read(CHUNK_BYTES):
                if xml and _DTD.search(tail + chunk):
                    raise ReadError(
                        f"not a readable {kind}: {name} declares a DTD (entity expansion is refused)"
                    )
                tail = chunk[-_DTD_OVERLAP:]
                yield chunk
    except _DAMAGE as exc:
        raise ReadError(f"not a readable {kind}: zip member {name!r} is damaged ({exc})") from None


class MemberStream(io.RawIOBase):
    """A member as a file object for a streaming parser (lxml's iterparse), read through verified_chunks."""

    def __init__(self, archive: zipfile.ZipFile, name: str, kind: str) -> None:
        self._chunks, self._chunk, self._at = verified_chunks(archive, name, kind), b"", 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._at >= len(self._chunk):
            self._chunk, self._at = next(self._chunks, b""), 0
        piece = self._chunk[self._at : self._at + len(buffer)]
        buffer[: len(piece)] = piece
        self._at += len(piece)
        return len(piece)


def read_member(archive: zipfile.ZipFile, name: str, kind: str) -> bytes:
    """A whole member (its declared size was checked by open_zip)."""
    return b"".join(verified_chunks(archive, name, kind))


def verify_all(archive: zipfile.ZipFile, kind: str, skip: frozenset[str] = frozenset()) -> None:
    """Inflate every member once (except those already read): each CRC and size is then checked."""
    for member in archive.infolist():
        if member.filename not in skip and not member.is_dir():
            for _ in verified_chunks(archive, member.filename, kind):
                pass
