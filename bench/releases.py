"""How well the release reader reads real published releases: recall and precision per split and language.

    .venv/bin/python bench/releases.py TEXTS_DIR              # the development split (tune on this one)
    .venv/bin/python bench/releases.py TEXTS_DIR --held-out   # the held-out split: score it only at the end
    .venv/bin/python bench/releases.py TEXTS_DIR --all --table

The texts are real releases from stored public pages. They are third-party writing, so they stay outside
the repository: `bench/releases/truth/<id>.json` holds, per text, its address, the search query that
found it and the truth marked by hand (figures are facts: scope, figure, value, unit, qualifier, event),
never a sentence of it. TEXTS_DIR holds `<id>.txt`, the text as the search tool returned it (rebuild it
with the query and address of each truth file).

The split was fixed before any tuning, by id: a text is held out when sha256(id) mod 3 == 0 (`split_of`).

Scores (a stored figure is one the reader returns with status ok):
- recall: truth batch figures read exactly (scope kind and label, figure, share base, value, qualifier) /
  truth batch figures (distinct); per language too;
- precision: stored figures that are truth batch figures / stored figures (a figure stated twice, in the
  title and the body, and stored twice is right twice);
- not-batch stored: stored figures whose value is one the truth marks as not the batch's (a target, a
  year-to-date figure, another programme's) — the worst kind of error;
- silent zero: texts with no stored figure and no reason given (the reader must say why).
The event (groundbreaking, signing …) is reported apart: the figure is right or wrong on its own.
A release about the province files its figures under `batch`; the reader's `province` scope then counts
as `batch`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TRUTH_DIR = REPO / "bench" / "releases" / "truth"


def split_of(text_id: str) -> str:
    """'held-out' for a third of the ids, fixed by the id alone; 'dev' for the rest."""
    return "held-out" if int(hashlib.sha256(text_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def _key(f: dict, province_is_batch: bool) -> tuple:
    scope = f["scope_kind"]
    if province_is_batch and scope == "province":
        scope = "batch"
    share_of = f.get("share_of") if f["figure"] == "share" else None
    return (scope, f.get("scope_label"), f["figure"], share_of, Decimal(str(f["value"])).normalize(),
            f.get("qualifier") or "exact")  # fmt: skip


@dataclass
class TextScore:
    text_id: str
    language: str
    truth: int
    read: int = 0
    stored: int = 0
    wrong: list[str] = field(default_factory=list)
    not_batch: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    event_mismatch: int = 0
    ambiguous: int = 0
    zero_reason: str | None = None
    seconds: float = 0.0


def _figure_dict(f) -> dict:
    return {"scope_kind": f.scope_kind, "scope_label": f.scope_label, "figure": f.figure, "value": f.value,
            "share_of": f.share_of, "qualifier": f.qualifier, "event": f.event}  # fmt: skip


def _shown(key: tuple) -> str:
    scope, label, figure, share_of, value, qualifier = key
    return f"{scope}{'/' + label if label else ''} {figure}{'/' + share_of if share_of else ''}={value:f} ({qualifier})"


def score_text(truth: dict, text: str) -> TextScore:
    from etl.announcements.article import main_text
    from etl.announcements.figures import extract_figures, silence_reason

    province = truth.get("place") == "44"
    started = time.perf_counter()
    article = main_text(text.encode("utf-8"), "utf-8", "text")
    figures = extract_figures(
        article.text, truth.get("year"), province, whole_release=True, city=truth.get("place")
    )
    seconds = time.perf_counter() - started
    expected = {_key(f, province) for f in truth["batch_figures"]}
    events = {_key(f, province): f.get("event") for f in truth["batch_figures"]}
    not_batch = {
        (f["figure"], Decimal(str(f["value"])).normalize()) for f in truth.get("not_batch_figures", [])
    }
    score = TextScore(truth["id"], truth["language"], len(expected), seconds=seconds)
    found = set()
    for f in figures:
        if f.status != "ok":
            score.ambiguous += 1
            continue
        score.stored += 1
        key = _key(_figure_dict(f), province)
        if key in expected:  # a figure stated twice (title and body) and read twice is right twice
            found.add(key)
            if events.get(key) and f.event and events[key] != f.event:
                score.event_mismatch += 1
        else:
            (score.not_batch if (key[2], key[4]) in not_batch else score.wrong).append(_shown(key))
    score.read = len(found)
    score.missed = [_shown(k) for k in sorted(expected - found, key=str)]
    if not score.stored:
        score.zero_reason = silence_reason(article.text, figures)
    return score


def load_corpus(texts_dir: Path, splits: set[str], truth_dir: Path = TRUTH_DIR) -> list[tuple[dict, str]]:
    corpus = []
    for path in sorted(truth_dir.glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        if split_of(truth["id"]) not in splits:
            continue
        text_path = texts_dir / f"{truth['id']}.txt"
        if not text_path.exists():
            print(f"missing text: {text_path} (search query {truth['query']!r}, address {truth['url']})")
            continue
        corpus.append((truth, text_path.read_text(encoding="utf-8")))
    return corpus


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.1f} %" if b else f"{a}/{b}"


def report(scores: list[TextScore], table: bool) -> None:
    truth = sum(s.truth for s in scores)
    read = sum(s.read for s in scores)
    stored = sum(s.stored for s in scores)
    wrong = sum(len(s.wrong) + len(s.not_batch) for s in scores)
    print(f"texts: {len(scores)}")
    print(f"recall (batch figures read exactly): {_ratio(read, truth)}")
    for language in sorted({s.language for s in scores}):
        part = [s for s in scores if s.language == language]
        print(f"  {language:8s} recall {_ratio(sum(s.read for s in part), sum(s.truth for s in part))}"
              f" in {len(part)} texts")  # fmt: skip
    print(f"precision (stored figures that are right): {_ratio(stored - wrong, stored)}")
    print(f"not-batch figures stored as the batch's: {sum(len(s.not_batch) for s in scores)}")
    print(f"event differs on a right figure: {sum(s.event_mismatch for s in scores)}")
    silent = [s.text_id for s in scores if not s.stored and not s.zero_reason]
    print(
        f"texts with no stored figure: {sum(1 for s in scores if not s.stored)}; silent: {len(silent)} {silent}"
    )
    print(f"slowest text: {max((s.seconds for s in scores), default=0):.3f} s")
    if table:
        print("\n| text | lang | truth | read | stored | wrong | ambiguous | zero: why |")
        print("|---|---|---|---|---|---|---|---|")
        for s in scores:
            print(f"| {s.text_id} | {s.language} | {s.truth} | {s.read} | {s.stored} | "
                  f"{len(s.wrong) + len(s.not_batch)} | {s.ambiguous} | {s.zero_reason or ''} |")  # fmt: skip


def details(scores: list[TextScore]) -> None:
    for s in scores:
        if s.missed or s.wrong or s.not_batch:
            print(f"\n## {s.text_id} ({s.language}): read {s.read}/{s.truth}")
            for line in s.missed:
                print(f"  missed     {line}")
            for line in s.wrong:
                print(f"  WRONG      {line}")
            for line in s.not_batch:
                print(f"  NOT-BATCH  {line}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts_dir", type=Path)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--held-out", action="store_true", help="score the held-out split (only at the end)")
    group.add_argument("--all", action="store_true", help="both splits")
    parser.add_argument("--table", action="store_true", help="a line per text")
    parser.add_argument("--details", action="store_true", help="every missed and wrong figure")
    parser.add_argument("--only", help="one text id")
    parser.add_argument(
        "--truth", type=Path, default=TRUTH_DIR, help="the truth files (default bench/releases/truth)"
    )
    args = parser.parse_args(argv)
    splits = {"dev", "held-out"} if args.all else {"held-out"} if args.held_out else {"dev"}
    corpus = load_corpus(args.texts_dir, splits, args.truth)
    if args.only:
        corpus = [(t, x) for t, x in corpus if t["id"] == args.only]
    scores = [score_text(truth, text) for truth, text in corpus]
    print(f"split: {', '.join(sorted(splits))}")
    report(scores, args.table)
    if args.details:
        details(scores)


if __name__ == "__main__":
    main()
