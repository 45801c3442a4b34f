"""The file formats the readers know: the one registry the catalog, the sniffer and read_table derive from.

A new format is a line here and a reader module (etl/readers/<format>.py) registered in read_table
(etl/readers/__init__.py, which checks at import that every readable format has a reader). This module
imports nothing, so the catalog can take its names without loading the readers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FileFormat:
    """A format a catalog entry may declare: its name, the file suffixes that imply it, whether a reader
    reads it ('doc' is declared only to be told what to save it as), and whether it is a document whose
    name often lies (a '.xls' that is an XLSX): the bytes decide among documents."""

    name: str
    suffixes: tuple[str, ...]
    readable: bool = True
    document: bool = False


REGISTRY = (
    FileFormat("csv", (".csv",)),
    FileFormat("json", (".json",)),
    FileFormat("xlsx", (".xlsx",), document=True),
    FileFormat("html", (".html", ".htm", ".shtml")),
    FileFormat("xls", (".xls",), document=True),
    FileFormat("ods", (".ods",), document=True),
    FileFormat("docx", (".docx",), document=True),
    FileFormat("pdf", (".pdf",), document=True),
    FileFormat("et", (".et",), document=True),
    FileFormat("doc", (".doc",), readable=False),
)
FORMATS = tuple(f.name for f in REGISTRY)
READABLE = tuple(f.name for f in REGISTRY if f.readable)
DOCUMENTS = frozenset(f.name for f in REGISTRY if f.document)
FORMAT_BY_SUFFIX = {suffix: f.name for f in REGISTRY for suffix in f.suffixes}
