"""The source catalog: which publications to fetch, and what their publishers declared about them.

The catalog is data (catalog/sources.yaml). It is checked in full before anything is fetched, and every
error names the entry and the field, because the person fixing it is editing YAML, not reading code.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from etl.core.errors import CatalogError
from etl.readers.formats import FORMAT_BY_SUFFIX as READER_SUFFIXES
from etl.readers.formats import FORMATS
from etl.rules.places import resolve_publisher_city

ListKind = Literal["provincial_plan", "city_plan", "groundbreaking", "signing"]
# A reader's format (etl/readers/formats.py), 'auto' (the bytes say), or 'text' (an announcement).
Format = Literal[("auto", *FORMATS, "text")]
# A list of projects, or an announcement: a news release whose prose states figures about a batch.
SourceKind = Literal["list", "announcement"]
Unit = Literal["元", "千元", "万元", "百万元", "千万元", "亿元", "十亿元", "万亿元"]
Qualifier = Literal["exact", "about", "over", "nearly"]
# The years a list may be for; the year derived from `published` is held to them as well, since a stored
# year 1 or 9999 breaks every report and export of the warehouse.
FIRST_YEAR, LAST_YEAR = 1990, 2100
FORMAT_BY_SUFFIX = {**READER_SUFFIXES, ".txt": "text"}


class Conflict(BaseModel):
    """Another source's figure for the same headline (e.g. 8.4万亿 in press reports vs 8.5万亿 in the notice).

    Reported next to the reconciliation as a conflict, never a failure: the headline's own figure gates.
    """

    model_config = ConfigDict(extra="forbid")

    figure: Literal["projects", "total_yi", "annual_yi"]
    value: Annotated[Decimal, Field(ge=0)]
    source: str = Field(min_length=1)


class Headline(BaseModel):
    """What the publisher announced about the list, to reconcile the loaded rows against."""

    model_config = ConfigDict(extra="forbid")

    projects: Annotated[int, Field(ge=0)] | None = None
    total_yi: Annotated[Decimal, Field(ge=0)] | None = None
    annual_yi: Annotated[Decimal, Field(ge=0)] | None = None
    tolerance_yi: Annotated[Decimal, Field(ge=0)] = Decimal(0)
    qualifier: Qualifier = "exact"
    source: str = Field(min_length=1)
    conflicts: list[Conflict] = Field(default_factory=list)


class Source(BaseModel):
    """One publication: a list of projects put out by one publisher on one date, or (kind announcement)
    the release announcing a batch, whose figures are read from its prose (etl/announcements/reading.py)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,79}$")
    kind: SourceKind = "list"
    # An announcement's lists: their headline checks come from its figures (a typed headline is the fallback).
    announces: list[str] = Field(default_factory=list)
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    list_kind: ListKind
    city: str
    published: dt.date
    year: int | None = Field(default=None, ge=FIRST_YEAR, le=LAST_YEAR)
    location: str = Field(min_length=1)
    format: Format = "auto"
    encoding: str | None = None
    unit: Unit | None = None
    # "none": the list publishes no amounts, so it loads without a total-investment column.
    amounts: Literal["required", "none"] = "required"
    sample: bool = False
    headline: Headline | None = None
    # Overrides for files that auto-detection cannot read (docs/catalog.md).
    sheet: str | None = None
    header_row: Annotated[int, Field(ge=1)] | None = None
    columns: dict[str, str] | None = None
    # The network policy's exceptions for this publisher (etl/fetching/addresses.py): plain http, and
    # addresses that are not public (an intranet portal, a test server on 127.0.0.1).
    allow_http: bool = False
    # allow_networks names the publisher's own address (one host: /32, /128); a wider block needs this too
    # (declared first: pydantic validates in this order, and the check of allow_networks reads it).
    allow_any_network: bool = False
    allow_networks: list[str] = Field(default_factory=list)
    # Request headers whose values are secrets: "env:VAR" or "block:NAME" (a Prefect Secret block).
    # The catalog names where a secret lives, never the secret itself.
    secret_headers: dict[
        str, Annotated[str, Field(pattern=r"^(env:[A-Za-z_][A-Za-z0-9_]*|block:[a-z0-9-]+)$")]
    ] = Field(default_factory=dict)

    @field_validator("columns")
    @classmethod
    def _known_columns(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        from etl.rules.headers import ALIASES

        for header, column in (value or {}).items():
            if column not in ALIASES:
                raise ValueError(f"{header!r} maps to {column!r}, which is not one of {sorted(ALIASES)}")
        return value

    @field_validator("allow_networks")
    @classmethod
    def _networks(cls, value: list[str], info: ValidationInfo) -> list[str]:
        import ipaddress

        for item in value:
            network = ipaddress.ip_network(item, strict=False)  # raises ValueError naming the bad block
            if network.num_addresses > 1 and not info.data.get("allow_any_network"):
                raise ValueError(
                    f"{item!r} allows {network.num_addresses:,} addresses, not one host: name the publisher's "
                    "own address (e.g. 10.1.2.3/32), or set allow_any_network: true to allow the whole block"
                )
        return value

    @field_validator("published")
    @classmethod
    def _plausible_date(cls, value: dt.date) -> dt.date:
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise ValueError(f"{value.isoformat()} is outside the years {FIRST_YEAR}-{LAST_YEAR} (a typo?)")
        return value

    @field_validator("city")
    @classmethod
    def _known_city(cls, value: str) -> str:
        return resolve_publisher_city(value).code  # raises ValueError with the reason

    @field_validator("location")
    @classmethod
    def _http_or_local_path(cls, value: str) -> str:
        if re.match(r"^[a-z][a-z0-9+.-]*://", value, re.I) and not re.match(r"^https?://", value, re.I):
            raise ValueError("only http(s) URLs or local paths are allowed")
        if re.match(r"^https?://", value, re.I):
            from etl.fetching.urls import to_uri  # the fetch's own check: a bad port or host, refused here

            to_uri(value)  # raises ValueError naming what is wrong
        return value

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, value: str | None) -> str | None:
        if value is not None:
            import codecs

            try:
                codecs.lookup(value)
            except LookupError:
                raise ValueError(f"unknown encoding {value!r}") from None
        return value

    @model_validator(mode="after")
    def _fill_defaults(self) -> Source:
        if self.year is None:
            self.year = self.published.year
        return self

    @model_validator(mode="after")
    def _announcements_announce(self) -> Source:
        if self.announces and self.kind != "announcement":
            raise ValueError("only an entry of kind announcement announces lists")
        if self.kind == "announcement" and self.format not in ("auto", "html", "text"):
            raise ValueError(f"an announcement is an HTML page or a text file, not {self.format}")
        return self

    @property
    def is_announcement(self) -> bool:
        return self.kind == "announcement"

    @property
    def is_url(self) -> bool:
        return bool(re.match(r"^https?://", self.location, re.I))

    @property
    def resolved_format(self) -> str:
        """The declared format, else the one the extension says, else 'auto' (the reader sniffs the bytes)."""
        if self.format != "auto":
            return self.format
        fmt = FORMAT_BY_SUFFIX.get(Path(self.location.split("?")[0]).suffix.lower(), "auto")
        return "auto" if fmt == "text" and not self.is_announcement else fmt  # a list's .txt: sniff it


def _describe(err: dict, entries: list) -> str:
    loc = list(err["loc"])
    where = "catalog"
    if loc and isinstance(loc[0], int):
        index = loc.pop(0)
        entry = entries[index] if index < len(entries) else None
        ident = entry.get("id") if isinstance(entry, dict) else None
        where = f"entry {index + 1}" + (f" (id {ident!r})" if ident else "")
    field = ".".join(str(p) for p in loc) or "(whole entry)"
    message = err["msg"].removeprefix("Value error, ")
    return f"{where}, field {field!r}: {message}"


def parse_catalog(data: object, origin: str = "catalog") -> list[Source]:
    """Check a loaded YAML document and return its sources, or raise CatalogError naming every problem."""
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise CatalogError(f"{origin}: expected a mapping with a 'sources' list")
    entries = data["sources"]
    problems: list[str] = []
    sources: list[Source] = []
    for index, entry in enumerate(entries):
        try:
            if not isinstance(entry, dict):
                raise CatalogError(f"entry {index + 1}: expected a mapping, got {type(entry).__name__}")
            sources.append(Source.model_validate(entry))
        except ValidationError as exc:
            problems.extend(_describe({**e, "loc": (index, *e["loc"])}, entries) for e in exc.errors())
        except CatalogError as exc:
            problems.append(str(exc))
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        ident = entry.get("id") if isinstance(entry, dict) else None
        if ident in seen:
            problems.append(
                f"entry {index + 1} (id {ident!r}), field 'id': duplicate of entry {seen[ident] + 1}"
            )
        elif ident:
            seen[ident] = index
    problems += _announced_lists(sources, entries)
    if problems:
        raise CatalogError(f"{origin}: {len(problems)} problem(s)\n  - " + "\n  - ".join(problems))
    return sources


def _announced_lists(sources: list[Source], entries: list) -> list[str]:
    """Every id an announcement announces must be a list of this catalog. Linear: each entry's position is
    looked up in one index, never by scanning the entries again (40k entries once took minutes)."""
    lists = {s.id for s in sources if not s.is_announcement}
    positions: dict[str, int] = {}
    for index, entry in enumerate(entries):
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            positions.setdefault(entry["id"], index)
    problems = []
    for source in sources:
        position = positions[source.id]
        problems += [f"entry {position + 1} (id {source.id!r}), field 'announces': {listed!r} is not a list of "
                     "this catalog" for listed in source.announces if listed not in lists]  # fmt: skip
    return problems


# libyaml's loader where PyYAML was built with it: the same documents, ten times faster than pure Python
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_catalog(path: Path | str) -> list[Source]:
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506 (a safe loader)
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogError(f"{path}: cannot read the catalog: {exc}") from exc
    return parse_catalog(data, origin=str(path))
