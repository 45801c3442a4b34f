"""The identity step's reviewed lookup (vocabulary.yaml), read and checked once."""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from etl.core.errors import CatalogError

VOCABULARY = Path(__file__).with_name("vocabulary.yaml")


class Vocabulary(BaseModel):
    """Generic words, words of separate works and other institutions, school levels, directions and words naming an area after a
    district, company endings, descriptors, short-name markers and Latin words that are things, cities with their
    abbreviations, words starting with 市, what a bracket of a place ends with, a port's areas, districts and their
    suffixes, towns, zones, two-place initials and parks, ordinals, roads, numbered things, units, their scales and the stations
    they imply, abbreviations, kinds of work, variant characters, what each level of government has, synonyms, qualifiers, descriptors, place aliases."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    generic_words: tuple[str, ...]
    separate_works: tuple[str, ...]
    institution_kinds: tuple[str, ...]
    school_levels: dict[str, tuple[str, ...]]
    directions: tuple[str, ...]
    named_after: tuple[str, ...]
    company_endings: tuple[str, ...]
    company_descriptors: tuple[str, ...]
    company_short_markers: tuple[str, ...]
    latin_things: tuple[str, ...]
    cities: dict[str, tuple[str, ...]]
    districts: dict[str, tuple[str, ...]]
    district_suffixes: tuple[str, ...]
    town_suffixes: tuple[str, ...]
    zone_suffixes: tuple[str, ...]
    city_words: tuple[str, ...]
    bracket_places: tuple[str, ...]
    port_areas: tuple[str, ...]
    pair_initials: dict[str, str]
    paired_parks: dict[str, str]
    ordinal_words: dict[str, tuple[str, ...]]
    road_classes: dict[str, str]
    numbered_things: tuple[str, ...]
    units: dict[str, str]
    unit_scales: dict[str, tuple[int, str]]
    stations: dict[str, str]
    other_stations: tuple[str, ...]
    abbreviations: dict[str, str]
    work_kinds: dict[str, tuple[str, ...]]
    variant_characters: dict[str, str]
    owned_by_each_level: tuple[str, ...]
    synonyms: dict[str, tuple[str, ...]]
    qualifiers: tuple[str, ...]
    descriptors: tuple[str, ...]
    place_aliases: dict[str, str]


@lru_cache(maxsize=4)
def load_vocabulary(path: Path = VOCABULARY) -> Vocabulary:
    """The lookup; a malformed file is a CatalogError naming it (a reviewed file, like the catalog)."""
    try:
        return Vocabulary.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise CatalogError(f"{path}: not a valid identity vocabulary: {exc}") from None


def vocabulary_digest(path: Path = VOCABULARY) -> str:
    """sha256 of the lookup: links are worked out again when it changes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rules_digest() -> str:
    """sha256 of what a name's reading and a pair's score depend on besides the rows: this package's code, the
    vocabulary, and the tables of the traditional-to-simplified conversion, of characters' readings (pypinyin)
    and of Unicode's folding (a library or Python upgraded). The step's fingerprint (step.py) and the kept
    readings' stamp (name_cache.py)."""
    code = b"".join(p.read_bytes() for p in sorted(Path(__file__).parent.glob("*.py")))
    tables = (f"{vocabulary_digest()}/opencc {version('opencc')}/pypinyin {version('pypinyin')}"
              f"/unicode {unicodedata.unidata_version}")  # fmt: skip
    return hashlib.sha256(code + tables.encode()).hexdigest()
