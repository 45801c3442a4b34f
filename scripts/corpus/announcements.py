"""Write the announcement corpus (tests/corpus/announcements/) and the two SAMPLE announcements.

Every page is written by this project in the style of a real kind of release — a city government's
site, an old table-layout portal, a newspaper, an English wire or daily, a plain-text release — with
its truth beside it in truth.json: every figure (scope, label, figure, value in 万元 / count / percent,
share_of, qualifier, event, and a piece of the sentence it stands in), whether the page is an article,
its body paragraphs and the chrome strings an extractor must leave out.

Deterministic: no clock, no randomness; two runs write identical bytes.

    .venv/bin/python scripts/corpus/announcements.py [--out tests/corpus/announcements]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.corpus import pages_en, pages_misc, pages_samples, pages_zh  # noqa: E402
from scripts.corpus.chrome import dress  # noqa: E402
from scripts.corpus.model import Page  # noqa: E402

CORPUS_DIR = ROOT / "tests" / "corpus" / "announcements"
NOTE = (
    "Synthetic announcement pages written by this project for testing (scripts/corpus/announcements.py). "
    "Headline figures follow published reports where /work/shared/domain.md gives them; breakdowns, names "
    "of sites and people, and all wording are invented. Not official texts."
)


def pages() -> list[Page]:
    """Every corpus page, the two SAMPLE announcements first."""
    samples = [pages_samples.shenzhen_sample(), pages_samples.guangdong_sample()]
    return [*samples, *pages_zh.PAGES, *pages_en.PAGES, *pages_misc.PAGES]


def render(page: Page) -> tuple[bytes, list[str]]:
    """The page's bytes in its encoding, and its chrome strings."""
    text, chrome = dress(page)
    return text.encode(page.encoding), chrome


def _truth_entry(page: Page, chrome: list[str]) -> dict:
    return {
        "file": page.name,
        "kind": page.kind,
        "encoding": page.encoding,
        "is_article": page.is_article,
        "not_article_reason": page.not_article_reason,
        "title": page.title,
        "exercises": page.exercises,
        "paragraphs": list(page.paragraphs) if page.is_article else [],
        "chrome": chrome,
        "figures": [t.as_json() for t in page.truth],
    }


def write_corpus(out_dir: Path = CORPUS_DIR) -> list[Path]:
    """Write every page and truth.json into out_dir; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written, entries = [], []
    for page in pages():
        payload, chrome = render(page)
        path = out_dir / page.name
        path.write_bytes(payload)
        written.append(path)
        entries.append(_truth_entry(page, chrome))
    truth = out_dir / "truth.json"
    document = {"note": NOTE, "pages": entries}
    truth.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return [*written, truth]


def write_samples(out_dir: Path) -> list[Path]:
    """Write the two SAMPLE announcements for the default catalog into out_dir (e.g. samples/)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for page in (pages_samples.shenzhen_sample(), pages_samples.guangdong_sample()):
        path = out_dir / page.name
        path.write_bytes(render(page)[0])
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CORPUS_DIR)
    args = parser.parse_args(argv)
    for path in write_corpus(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
