"""Hostile PDFs, written byte by byte: each is tiny or quick to build, and each would once have taken the
machine (issue 23), or is a kind of file government sites publish that the reader refused.

- `nested_forms`: a page draws a form that draws the previous one ten times, six deep: 10⁷ glyphs from
  a few KB (`ops=True`: drawing operators instead of glyphs);
- `inflating_form`: a page whose one operator draws a form whose stream inflates to GiBs;
- `many_pages`: 300,000 pages in ~25 MB;
- `filter_chain`: a content stream whose filters (Flate, then RunLength) expand 64 000×, which the
  page budget does not measure: only the reader worker's memory cap stops it;
- `owner_password` / `user_password`: the three-project list, encrypted with an owner password only
  (printing and copying restricted: it opens without a password) or with a user password.
"""

from __future__ import annotations

import zlib

MIB = 1024 * 1024


def document(objects: list[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1; object 1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", filters: bytes = b"") -> bytes:
    head = b"<< /Length %d %s%s >>" % (len(data), b"/Filter " + filters + b" " if filters else b"", extra)
    return head + b"\nstream\n" + data + b"\nendstream"


def repeated_flate(chunk: bytes, times: int) -> bytes:
    """zlib data inflating to chunk × times, built in milliseconds: after a full flush a block never looks
    back, so the compressed chunk repeats as is. The checksum is right up to 256 MiB inflated; past that
    it is not computed (a reader that refuses the stream never reaches it)."""
    packer = zlib.compressobj(9)
    first = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    tail = packer.flush(zlib.Z_FINISH)[:-4]
    checksum = 1
    if len(chunk) * times <= 256 * MIB:
        for _ in range(times):
            checksum = zlib.adler32(chunk, checksum)
    return first + again * (times - 1) + tail + checksum.to_bytes(4, "big")


def _page(resources: bytes, contents: int) -> bytes:
    return b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>" % (
        resources,
        contents,
    )


HEAD = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def nested_forms(levels: int = 6, fan: int = 10, ops: bool = False) -> bytes:
    """Object 6 is the leaf form (10 glyphs, or 10 line segments); each next form draws the one before
    `fan` times; the page draws the last: fan ** levels leaves."""
    leaf = b"0 0 m 1 1 l S\n" * 10 if ops else b"BT /F1 1 Tf (AAAAAAAAAA) Tj ET\n"
    form = b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
    forms = [stream(leaf, form + b"/Resources << /Font << /F1 4 0 R >> >>")]
    for level in range(1, levels + 1):
        forms.append(
            stream(b"q /P Do Q\n" * fan, form + b"/Resources << /XObject << /P %d 0 R >> >>" % (5 + level))
        )
    top = 6 + levels
    page = _page(b"<< /XObject << /Top %d 0 R >> /Font << /F1 4 0 R >> >>" % top, 5)
    return document([*HEAD, page, FONT, stream(b"/Top Do\n"), *forms])


def inflating_form(gib: int = 3) -> bytes:
    """The page says `/Big Do`; Big is a form whose Flate stream inflates to `gib` GiB of line drawing."""
    chunk = b"0 0 m 1 1 l S\n" * (MIB // 14)
    data = repeated_flate(chunk, gib * 1024 * MIB // len(chunk))
    form = stream(data, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842]", b"/FlateDecode")
    return document([*HEAD, _page(b"<< /XObject << /Big 6 0 R >> >>", 5), FONT, stream(b"/Big Do\n"), form])


def many_pages(count: int = 300_000) -> bytes:
    """`count` empty pages under one /Pages node (declared honestly in /Count)."""
    kids = b" ".join(b"%d 0 R" % n for n in range(3, count + 3))
    pages = [b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"
    return document([HEAD[0], *pages, *([page] * count)])


def filter_chain(decoded_gib: int = 4) -> bytes:
    """A page content stream /Filter [/FlateDecode /RunLengthDecode]: ~250 KB that inflate to 64 MB of
    runs, which run-length decode to `decoded_gib` GiB (pdfminer builds them as a list of ints)."""
    runs = b"\x81 " * (decoded_gib * 1024 * MIB // 128 // 256)  # runs of 128 spaces, 1/256 of the whole
    data = repeated_flate(runs, 256)
    content = stream(data, filters=b"[/FlateDecode /RunLengthDecode]")
    return document([*HEAD, _page(b"<< >>", 4), content])


def _encrypted_list(user: str, owner: str) -> bytes:
    from decimal import Decimal

    from reportlab.lib.pdfencrypt import StandardEncryption

    from scripts.corpus.listspec import Heading, ListSpec, Project
    from scripts.corpus.pdf_lists import pdf_bytes

    spec = ListSpec("测试清单", "万元", [Heading(1, "产业项目", 1, 3)], with_annual=False)
    spec.items += [Project(i, f"测试项目{i}", "广州", Decimal(10 * i), None) for i in (1, 2, 3)]
    lock = StandardEncryption(user, ownerPassword=owner, canPrint=0, canModify=0, canCopy=0, canAnnotate=0)
    return pdf_bytes(
        spec, ["序号", "项目名称", "建设地点", "总投资（万元）", "建设内容"], None, None, encrypt=lock
    )


def owner_password() -> bytes:
    """Opens without a password; printing, copying and changes need the owner's."""
    return _encrypted_list("", "owner-secret")


def user_password() -> bytes:
    return _encrypted_list("user-secret", "owner-secret")
