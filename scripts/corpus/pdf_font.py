"""A CJK font for generated PDFs that needs no font file, and whose text layer says what we choose.

reportlab's built-in CID font STSong-Light (Adobe-GB1) is drawn by every PDF viewer without embedding
a font, so generating a Chinese PDF needs nothing installed. Here it is drawn by CID (Identity-H) with a
ToUnicode CMap that this module writes, so a font can also do what some fonts in published PDFs do:
map a glyph to a Kangxi radical or a compatibility ideograph (一 → ⼀ U+2F00, 目 → ⽬ U+2F6C, 路 →
U+F937). Text extraction then returns those code points, and NFKC folds them back.

The Unicode → CID table is Adobe's UniGB-UCS2-H, as shipped with pdfminer.six (a dependency of
pdfplumber).
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase._cidfontdata import CIDFontInfo
from reportlab.pdfbase.cidfonts import UnicodeCIDFont, structToPDF

FACE = "STSong-Light"
# What the fixtures' odd font says for some glyphs: the traps of docs: "What attached files look like".
KANGXI = {"一": "\u2f00", "目": "\u2f6c", "厂": "\u2f1a", "工": "\u2f2f", "金": "\u2fa6"}
COMPATIBILITY = {"路": "\uf937", "年": "\uf98e", "不": "\uf967", "行": "\ufa08", "料": "\uf9be"}


@cache
def _unicode_to_cid():
    from pdfminer.cmapdb import CMapDB

    return CMapDB.get_cmap("UniGB-UCS2-H")


@cache
def cid_of(ch: str) -> int:
    cids = list(_unicode_to_cid().decode(ch.encode("utf-16-be")))
    if len(cids) != 1:
        raise ValueError(f"{ch!r} (U+{ord(ch):04X}) has no glyph in {FACE}")
    return cids[0]


class _ToUnicode(pdfdoc.PDFStream):
    """The ToUnicode CMap, written when the document is saved: by then every glyph used is known."""

    def __init__(self, font: MappedCIDFont) -> None:
        super().__init__(content="")
        self.font = font

    def format(self, document):
        pairs = sorted(self.font.used.items())
        blocks = []
        for start in range(0, len(pairs), 100):
            chunk = pairs[start : start + 100]
            lines = "\n".join(
                f"<{cid:04X}> <{text.encode('utf-16-be').hex().upper()}>" for cid, text in chunk
            )
            blocks.append(f"{len(chunk)} beginbfchar\n{lines}\nendbfchar")
        self.content = (
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "\n".join(blocks)
            + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        )
        return super().format(document)


class MappedCIDFont(UnicodeCIDFont):
    """STSong-Light by CID; `remap` says which text a glyph's ToUnicode entry gives instead of its own."""

    def __init__(self, name: str, remap: dict[str, str] | None = None) -> None:
        super().__init__(FACE)
        self.name = self.fontName = name
        self.remap = remap or {}
        self.used: dict[int, str] = {}

    def formatForPdf(self, text: str) -> str:
        codes = bytearray()
        for ch in text:
            cid = cid_of(ch)
            self.used.setdefault(cid, self.remap.get(ch, ch))
            codes += cid.to_bytes(2, "big")
        return _escape(bytes(codes))

    def addObjects(self, doc) -> None:
        internal = "F" + repr(len(doc.fontMapping) + 1)
        spec = dict(CIDFontInfo[FACE])
        spec["Name"] = "/" + internal
        spec["Encoding"] = "/Identity-H"
        font = structToPDF(spec)
        font.dict["ToUnicode"] = doc.Reference(_ToUnicode(self))
        doc.idToObject["BasicFonts"].dict[internal] = doc.Reference(font, internal)
        doc.fontMapping[self.name] = "/" + internal


def _escape(data: bytes) -> str:
    """A PDF literal string's body for raw bytes (reportlab writes it between parentheses)."""
    out = []
    for byte in data:
        if byte in b"()\\":
            out.append("\\" + chr(byte))
        elif 32 <= byte < 127:
            out.append(chr(byte))
        else:
            out.append(f"\\{byte:03o}")
    return "".join(out)


def register_fonts() -> tuple[str, str]:
    """Register the plain font and the odd one; returns their names ('GBSong', 'GBSongKangxi')."""
    if "GBSong" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(MappedCIDFont("GBSong"))
        pdfmetrics.registerFont(MappedCIDFont("GBSongKangxi", {**KANGXI, **COMPATIBILITY}))
    return "GBSong", "GBSongKangxi"
