"""Bytes to text: a declared encoding, else UTF-8 (with or without BOM), else GB18030."""

from __future__ import annotations

from etl.core.errors import ReadError


def decode(payload: bytes, encoding: str | None = None) -> str:
    """Text of a payload: declared encoding, else UTF-8 (BOM or not), else GB18030 (a superset of GBK)."""
    if encoding:
        try:
            return payload.decode(encoding).removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError) as exc:
            raise ReadError(f"not {encoding} text: {exc}") from None
    if payload.startswith(b"\xef\xbb\xbf"):
        try:
            return payload[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ReadError(
                f"not UTF-8 text although it starts with a UTF-8 BOM (byte {exc.start + 3})"
            ) from None
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return payload.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not UTF-8 and not GB18030/GBK text (byte {exc.start})") from None
