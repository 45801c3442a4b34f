"""What the bytes of a payload really are, whatever its name or its catalog entry says.

Office files come in two containers: a zip (XLSX `xl/`, DOCX `word/`, ODS/ODT `mimetype`) and, before
2007, an OLE2 compound file (`D0 CF 11 E0`), whose directory names the streams inside: `Workbook` (or
`Book`, BIFF5) for Excel, `WordDocument` for Word, `EncryptedPackage` for a password-protected XLSX/DOCX.
"""

from __future__ import annotations

import io
import re
import zipfile

from etl.core.errors import ReadError
from etl.readers.formats import DOCUMENTS, FORMATS, READABLE  # the one registry of formats

__all__ = ["DOCUMENTS", "FORMATS", "READABLE", "checked_format", "sniff_format"]
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
MAX_SNIFF_MEMBERS = 10_000

REFUSALS = {
    "doc": "the payload is a Word 97 .doc: save it as .docx (Word 2007+) or PDF",
    "odt": "the payload is an OpenDocument text (.odt): save it as .docx (Word 2007+) or PDF",
    "encrypted": "the payload is a password-protected Office file: ask the publisher for an open copy",
    "ole": "the payload is an OLE2 file that is neither an Excel workbook nor a Word document: "
    "save it as .xlsx, .docx or PDF",
    "zip": "the payload is a zip that is not an XLSX, DOCX or ODS file",
}


def _utf16_name(name: str) -> bytes:
    """A regex for an OLE directory entry's name: UTF-16LE, any case, NUL-terminated."""
    return b"".join(b"[%s%s]\x00" % (c.upper().encode(), c.lower().encode()) for c in name) + b"\x00\x00"


_OLE_STREAMS = {name: re.compile(_utf16_name(name)) for name in ("Workbook", "Book", "WordDocument", "EncryptedPackage")}  # fmt: skip


def ole_streams(payload: bytes) -> set[str]:
    """Names of known streams in an OLE2 file's directory.

    Directory entries are 128 bytes, at 128-byte offsets, with the name's byte length (including its
    terminator) at offset 64 and the entry type at 66 (2 = stream): a name found in stream data would
    have to match all three to be mistaken for one.
    """
    found = set()
    for name, pattern in _OLE_STREAMS.items():
        for match in pattern.finditer(payload):
            at = match.start()
            length = payload[at + 64 : at + 66]
            if (
                at % 128 == 0
                and length == (2 * len(name) + 2).to_bytes(2, "little")
                and payload[at + 66] == 2
            ):
                found.add(name)
                break
    return found


def _zip_kind(payload: bytes) -> str:
    try:
        if payload.count(b"PK\x01\x02") > MAX_SNIFF_MEMBERS:
            raise zipfile.BadZipFile("too many members to sniff")
        archive = zipfile.ZipFile(io.BytesIO(payload))
        names = archive.namelist()
        mimetype = archive.open("mimetype").read(100) if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError):
        # Damaged or truncated: the local headers still name the members.
        names, mimetype = [], payload[30:150] if payload[30:38] == b"mimetype" else b""
        names = [n for n in ("xl/", "word/", "content.xml") if n.encode() in payload[:1_000_000]]
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("word/") for n in names):
        return "docx"
    if ODS_MIMETYPE in mimetype:
        return "ods"
    if b"opendocument.text" in mimetype:
        return "odt"
    return "ods" if "content.xml" in names else "zip"


def sniff_format(payload: bytes) -> str | None:
    """What the bytes really are, whatever the file name says: guards against error pages."""
    head = payload[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head:
        return "empty"
    if head.startswith(b"pk\x03\x04"):
        return _zip_kind(payload)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        streams = ole_streams(payload)
        if "EncryptedPackage" in streams:
            return "encrypted"
        if streams & {"Workbook", "Book"}:
            return "xls"
        return "doc" if "WordDocument" in streams else "ole"
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<table", b"<meta", b"<?xml")):
        return "html"
    if head[:1] in (b"[", b"{"):
        return "json"
    return None


def checked_format(payload: bytes, fmt: str) -> str:
    """The format to read the payload as; a ReadError for bytes that are plainly something else."""
    sniffed = sniff_format(payload)
    if sniffed == "empty":
        raise ReadError("the payload is empty")
    if sniffed == "ole" and fmt == "et":
        return "et"  # WPS .et: read as BIFF if it is; etl/readers/__init__.py says what to save it as
    if sniffed in REFUSALS:
        raise ReadError(REFUSALS[sniffed])
    if fmt == "doc":
        raise ReadError(REFUSALS["doc"])
    if fmt == "auto":
        return sniffed if sniffed in READABLE else "csv"
    if fmt in DOCUMENTS and sniffed in DOCUMENTS:
        return "et" if fmt == "et" and sniffed == "xls" else sniffed
    if sniffed is not None and sniffed != fmt:
        raise ReadError(
            f"expected {fmt} but the payload is {sniffed.upper()} (an error page or a wrong link?)"
        )
    if fmt == "xlsx":
        raise ReadError(
            "expected xlsx but the payload is not a ZIP workbook (an error page or a wrong link?)"
        )
    if fmt in DOCUMENTS:
        raise ReadError(f"expected {fmt} but the payload is not one (an error page or a wrong link?)")
    return fmt
