"""What the bytes of a payload really are, whatever its name or its catalog entry says."""

from __future__ import annotations

from etl.errors import ReadError

FORMATS = ("csv", "json", "xlsx", "html")


def sniff_format(payload: bytes) -> str | None:
    """What the bytes really are, whatever the file name says: guards against error pages."""
    head = payload[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head:
        return "empty"
    if head.startswith(b"pk\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
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
    if fmt == "auto":
        fmt = sniffed if sniffed in FORMATS else "csv"
    if sniffed in {"xls", "pdf"}:
        hint = (
            "save it as XLSX" if sniffed == "xls" else "PDF lists are not read (yet); find an XLSX/HTML copy"
        )
        raise ReadError(f"the payload is {sniffed.upper()}: {hint}")
    if sniffed in {"html", "xlsx", "json"} and sniffed != fmt:
        raise ReadError(
            f"expected {fmt} but the payload is {sniffed.upper()} (an error page or a wrong link?)"
        )
    if fmt == "xlsx" and sniffed != "xlsx":
        raise ReadError(
            "expected xlsx but the payload is not a ZIP workbook (an error page or a wrong link?)"
        )
    return fmt
