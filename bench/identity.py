"""How well the identity step finds one project across lists, on the labelled corpus (issue 26).

    .venv/bin/python bench/identity.py            # the held-out split, with the thresholds of etl/core/settings.py
    .venv/bin/python bench/identity.py --tune     # the dev split: precision / recall / queue per threshold
    .venv/bin/python bench/identity.py --split dev

The corpus (scripts/corpus/identity.py) is built in memory: about 5,000 rows of ten lists with their truth.
The split is by a hash of each project's family id, fixed before any tuning. The step runs over every row
(blocking sees them all); scores count the pairs of rows both in the split:
- precision: pairs put in one project by exact keys and automatic links that are truly one project;
- recall automatic: true pairs put in one project without review;
- recall after review: the same once every queued pair is judged as its truth says (`gdmp review identity`);
- queue share: queued pairs touching the split / rows of the split;
- phase links: automatic links between two rows of different phases (must be 0);
- time: the whole step on a real DuckDB file (read the rows, link, write the tables), and link_rows alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.core.settings import get_settings  # noqa: E402
from etl.identity.linking import Identity, link_rows  # noqa: E402
from etl.identity.names import name_key  # noqa: E402
from scripts.corpus.identity import LabelledRow, build, split  # noqa: E402


def _pairs(groups: list[str], keep: list[bool]) -> set[tuple[int, int]]:
    by: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        if keep[i]:
            by[g].append(i)
    return {p for members in by.values() for p in combinations(sorted(members), 2)}


def evaluate(
    corpus: list[LabelledRow], identity: Identity, reviewed: Identity, which: str
) -> dict[str, float]:
    """The figures of one split."""
    keep = [split(r.family) == which for r in corpus]
    truth = _pairs([r.truth for r in corpus], keep)
    auto = _pairs(identity.project_of, keep)
    after = _pairs(reviewed.project_of, keep)
    queued = [c for c in identity.review if keep[c.a] or keep[c.b]]
    keys = [name_key(r.row.project_name, r.row.cities) for r in corpus]
    phase_links = sum(1 for i, j, _ in identity.auto_pairs
                      if keys[i].phase and keys[j].phase and keys[i].phase != keys[j].phase)  # fmt: skip
    wrong = sorted(auto - truth)
    return {
        "rows": sum(keep), "true pairs": len(truth), "linked pairs": len(auto),
        "precision": len(auto & truth) / len(auto) if auto else 1.0,
        "recall automatic": len(auto & truth) / len(truth) if truth else 1.0,
        "recall after review": len(after & truth) / len(truth) if truth else 1.0,
        "queue": len(queued), "queue share": len(queued) / sum(keep), "phase links": phase_links,
        "wrong": wrong,
    }  # fmt: skip


def run(corpus: list[LabelledRow], link_at: float, review_from: float) -> tuple[Identity, Identity, float]:
    """Link without judgements, then with every queued pair judged by its truth."""
    rows = [r.row for r in corpus]
    started = time.perf_counter()
    identity = link_rows(rows, link_at, review_from)
    seconds = time.perf_counter() - started
    same = [(c.a, c.b) for c in identity.review if corpus[c.a].truth == corpus[c.b].truth]
    different = [(c.a, c.b) for c in identity.review if corpus[c.a].truth != corpus[c.b].truth]
    return identity, link_rows(rows, link_at, review_from, same, different), seconds


def step_seconds(corpus: list[LabelledRow]) -> tuple[float, float, float]:
    """(wall and CPU seconds of the identity step on a real DuckDB file holding the corpus, wall seconds of
    the same step when nothing changed). CPU time says what the step costs on a machine others share."""
    import os
    import tempfile

    from etl import warehouse
    from etl.identity.step import IdentityPolicy, link_warehouse
    from scripts.corpus.identity import load_into

    with tempfile.TemporaryDirectory(prefix="identity-bench-") as folder:
        os.environ["GDMP_DATA_DIR"] = folder
        settings = get_settings()  # read once, passed down as a run passes them
        policy = IdentityPolicy.from_settings(settings)
        with warehouse.connect(
            Path(folder) / "w.duckdb", warehouse.WarehouseConfig.from_settings(settings)
        ) as con:
            load_into(con, corpus)
            started, cpu = time.perf_counter(), time.process_time()
            link_warehouse(con, policy)
            linked, cpu = time.perf_counter() - started, time.process_time() - cpu
            started = time.perf_counter()
            assert not link_warehouse(con, policy).ran
            return linked, cpu, time.perf_counter() - started


def _show(figures: dict, corpus: list[LabelledRow], examples: int) -> None:
    for key, value in figures.items():
        if key != "wrong":
            print(f"  {key:22s} {value:.4f}" if isinstance(value, float) else f"  {key:22s} {value}")
    for i, j in figures["wrong"][:examples]:
        print(f"  WRONG  {corpus[i].row.project_name} ({corpus[i].row.source_id}) ~ "
              f"{corpus[j].row.project_name} ({corpus[j].row.source_id})")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout"], default="heldout")
    parser.add_argument("--tune", action="store_true", help="the dev split over a range of thresholds")
    parser.add_argument("--examples", type=int, default=10, help="wrong pairs to print")
    args = parser.parse_args(argv)
    corpus = build()
    settings = get_settings()
    if args.tune:
        for link_at in (80, 83, 86, 89):
            for review_from in (70, 74, 78):
                identity, reviewed, _ = run(corpus, link_at, review_from)
                f = evaluate(corpus, identity, reviewed, "dev")
                print(f"link_at {link_at} review_from {review_from}: precision {f['precision']:.4f} recall "
                      f"{f['recall automatic']:.4f} / {f['recall after review']:.4f} queue {f['queue share']:.4f}")  # fmt: skip
        return 0
    identity, reviewed, seconds = run(corpus, settings.identity_link_score, settings.identity_review_floor)
    print(f"corpus: {len(corpus)} rows, {len({r.truth for r in corpus})} projects; split {args.split}; "
          f"link at {settings.identity_link_score}, review from {settings.identity_review_floor}")  # fmt: skip
    _show(evaluate(corpus, identity, reviewed, args.split), corpus, args.examples)
    print(f"  link_rows seconds      {seconds:.2f}")
    linked, cpu, skipped = step_seconds(corpus)
    print(f"  step seconds (DuckDB)  {linked:.2f} wall, {cpu:.2f} CPU (read {len(corpus)} rows, link, write)")
    print(f"  step, nothing changed  {skipped:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
